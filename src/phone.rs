//! Phone numbers grouped as Japan writes them (03-3342-6111, 011-611-2111, 0223-22-1111,
//! 0120-123-456, 090-1234-5678).
//!
//! The sources give digits only. Where the groups fall depends on the area code, 1 to 4
//! digits after the 0, so the grouping follows the national numbering plan as
//! libphonenumber's metadata carries it (the `phonenumber` crate, offline). A number it
//! cannot place is shown as its digits: ungrouped is slower to read, wrongly grouped can be
//! misdialled.

use phonenumber::{country, Mode};

/// The number in Japan's written form, or `None` when the numbering plan does not place it.
pub fn grouped(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
    if !digits.starts_with('0') || digits.len() < 10 {
        return None;
    }
    let parsed = phonenumber::parse(Some(country::Id::JP), &digits).ok()?;
    let text = parsed.format().mode(Mode::National).to_string();
    // Only regrouping, never other digits.
    let same = text.chars().filter(|c| c.is_ascii_digit()).collect::<String>() == digits;
    (same && text.contains('-')).then_some(text)
}

/// The number to show: grouped where the numbering plan places it, else as given.
pub fn display(number: &str) -> String {
    grouped(number).unwrap_or_else(|| number.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_the_area_code() {
        assert_eq!(display("0333426111"), "03-3342-6111");
        assert_eq!(display("0666931199"), "06-6693-1199");
        assert_eq!(display("0116112111"), "011-611-2111");
        assert_eq!(display("0223221111"), "0223-22-1111");
        assert_eq!(display("0742208119"), "0742-20-8119");
        assert_eq!(display("0429251111"), "04-2925-1111");
        assert_eq!(display("0427231111"), "042-723-1111");
        assert_eq!(display("0120208699"), "0120-208-699");
        assert_eq!(display("09012345678"), "090-1234-5678");
        assert_eq!(display("05038162787"), "050-3816-2787");
    }

    #[test]
    fn leaves_what_it_cannot_place() {
        assert_eq!(display("#7119"), "#7119");
        assert_eq!(display("12345"), "12345");
        assert_eq!(grouped("031234"), None);
    }
}
