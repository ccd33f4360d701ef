//! Phone numbers grouped as Japan writes them (03-3342-6111, 0120-123-456, 090-1234-5678).
//!
//! The sources give digits only. The grouping of an ordinary landline depends on its area
//! code, 1 to 4 digits after the 0, and only the national table says which; this module
//! groups only what the numbering plan fixes without that table: the two-digit area codes
//! 03 (Tokyo 23 wards) and 06 (Osaka), mobile and IP numbers (050, 070, 080, 090, 020),
//! and the service prefixes 0120, 0800, 0570, 0990. Any other number is shown as its
//! digits: ungrouped is slower to read, wrongly grouped can be misdialled.

/// The number in Japan's written form where the numbering plan fixes it, else `None`.
pub fn grouped(number: &str) -> Option<String> {
    let d: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
    let g = |a: usize, b: usize| Some(format!("{}-{}-{}", &d[..a], &d[a..a + b], &d[a + b..]));
    match d.len() {
        10 if d.starts_with("0120") || d.starts_with("0570") || d.starts_with("0990") => g(4, 3),
        11 if d.starts_with("0800") => g(4, 3),
        11 if ["050", "070", "080", "090", "020"].iter().any(|p| d.starts_with(p)) => g(3, 4),
        10 if d.starts_with("03") || d.starts_with("06") => g(2, 4),
        _ => None,
    }
}

/// The number to show: grouped where certain, else as given.
pub fn display(number: &str) -> String {
    grouped(number).unwrap_or_else(|| number.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_what_the_numbering_plan_fixes() {
        assert_eq!(display("0333426111"), "03-3342-6111");
        assert_eq!(display("0666931199"), "06-6693-1199");
        assert_eq!(display("0120208699"), "0120-208-699");
        assert_eq!(display("09012345678"), "090-1234-5678");
        assert_eq!(display("05038162787"), "050-3816-2787");
        assert_eq!(display("08002221199"), "0800-222-1199");
        assert_eq!(display("0570007119"), "0570-007-119");
    }

    #[test]
    fn leaves_area_codes_it_cannot_know_alone() {
        // 0116112111 is 011-611-2111 (Sapporo), 0223-xx-xxxx is Iwanuma: only the national
        // table tells them apart, so both stay as digits.
        assert_eq!(display("0116112111"), "0116112111");
        assert_eq!(display("0223221111"), "0223221111");
        assert_eq!(display("#7119"), "#7119");
        assert_eq!(grouped("031234"), None);
    }
}
