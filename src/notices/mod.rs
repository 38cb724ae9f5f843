//! Bilingual notices (SPEC §6): an English and a Chinese version (and
//! optionally a Japanese one) of a text for residents, with an audience by
//! community and nationality. `rules` holds the pure audience and language
//! rules, `store` the SQL, `demo` the demo notices.
pub mod demo;
pub mod rules;
pub mod store;

pub use rules::{Audience, Version};

/// Length limits in characters (documented in the README).
pub const TITLE_LIMIT: usize = 200;
pub const BODY_LIMIT: usize = 10_000;
pub const CATEGORY_LIMIT: usize = 50;

/// A notice as validated, before it has an id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewNotice {
    pub title_en: String,
    pub title_zh: String,
    pub body_en: String,
    pub body_zh: String,
    /// Title and body of the Japanese version: both or neither.
    pub ja: Option<(String, String)>,
    pub category: Option<String>,
    /// `YYYY-MM-DD`.
    pub effective_on: Option<String>,
    pub audience: Audience,
}

/// A stored notice.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: i64,
    pub data: NewNotice,
    pub created_at: String,
}

impl NewNotice {
    pub fn has_japanese(&self) -> bool {
        self.ja.is_some()
    }

    /// The language codes of its versions, `en;zh[;ja]`.
    pub fn languages(&self) -> String {
        rules::versions(self.has_japanese())
            .iter()
            .map(|v| v.code())
            .collect::<Vec<_>>()
            .join(";")
    }
}
