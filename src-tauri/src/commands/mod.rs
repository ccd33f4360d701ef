//! The domain commands the webview may call, one file per feature. None takes SQL.

pub mod call_script_at;
pub mod cards;
pub mod care_now;
pub mod dataset;
pub mod emergency;
pub mod facility;
pub mod facility_text;
pub mod intake;
pub mod l10n;
pub mod location;
pub mod nearby;
pub mod numbers_at;
pub mod places;
pub mod profile;
pub mod stations;
pub mod tips;
pub mod where_am_i;

/// The handler list, shared by the app and its tests.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        cards::card_catalogue,
        cards::card,
        cards::card_categories,
        cards::card_search,
        cards::card_vocabulary,
        dataset::dataset_info,
        emergency::emergency_numbers,
        emergency::call_script,
        emergency::what_choices,
        facility::facility,
        facility_text::facility_texts,
        l10n::languages,
        l10n::ui_messages,
        l10n::format_message,
        location::test_overrides,
        location::clock,
        nearby::nearby,
        places::places,
        stations::stations_in,
        tips::payment_tips,
        profile::profile_get,
        profile::profile_save,
        profile::profile_delete,
        profile::profile_view,
        profile::profile_options,
        profile::profile_export,
        profile::profile_import,
        intake::reception_messages,
        intake::intake_catalogue,
        intake::intake_answers,
        intake::intake_start,
        intake::intake_save,
        intake::intake_clear,
        intake::intake_flow,
        intake::intake_summary,
        intake::staff_questions,
        intake::staff_answer,
        where_am_i::where_am_i,
        numbers_at::numbers_at,
        call_script_at::call_script_at,
        care_now::care_now,
    ]
}
