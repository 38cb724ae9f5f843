//! Residents: the columns and their validation (`fields`), the record and
//! its rules (`model`), and their SQL (`store`).
pub mod bulk;
pub mod erase;
pub mod export;
pub mod fields;
pub mod import;
pub mod model;
pub mod phone;
pub mod phone_upgrade;
pub mod query;
pub mod refs;
pub mod store;

pub use fields::{Field, FieldError, Refs, Value};
pub use model::{Resident, ResidentData};
