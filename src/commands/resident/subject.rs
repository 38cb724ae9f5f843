//! `resident export --subject ID`: everything held about one resident, for
//! a resident who asks for a copy of their data (SPEC §3, §9). Always one
//! JSON document: the record, enrollments, attendance, feedback (each item
//! with its history) and the audit entries about them. Passport and permit
//! numbers only with `--include-sensitive`. The export itself is audited.
use serde_json::{Map, Value};

use crate::commands::feedback::show as feedback_show;
use crate::context::Ctx;
use crate::courses::roster_store;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::output::{Format, Rows};
use crate::residents::Field;
use crate::t;

pub fn run(ctx: &mut Ctx, id: i64, sensitive: bool) -> Result<()> {
    let asked = ctx.out.explicit_format || ctx.out.file.is_some();
    if asked && ctx.out.format != Format::Json {
        let message = match ctx.out.format {
            Format::Csv => t!("desk-subject-not-csv"),
            _ => t!("desk-subject-not-table"),
        };
        return Err(AppError::usage(message).hint(t!("desk-subject-format-hint")));
    }
    let resident = super::load(&ctx.db.conn, id)?;
    let actor = ctx.actor();
    let detail = if sensitive {
        "subject export with passport_number, permit_number"
    } else {
        "subject export"
    };
    ctx.db
        .write(|tx| audit::record(tx, &actor, "export-subject", "resident", Some(id), detail))?;

    let conn = &ctx.db.conn;
    let mut record = object(&super::rows::record(&resident, true));
    if let Value::Object(fields) = &mut record {
        for field in Field::ALL.iter().filter(|f| f.is_sensitive()) {
            if !sensitive {
                fields.shift_remove(field.name());
            }
        }
    }
    let today = ctx.clock.today();
    let mut feedback = Vec::new();
    let filter = crate::feedback::query::ListFilter {
        resident_id: Some(id),
        ..Default::default()
    };
    let departments = crate::departments::Names::load(conn)?;
    for item in crate::feedback::query::all(conn, &filter)? {
        let mut entry = object(&feedback_show::record(&item, today, &departments));
        if let Value::Object(fields) = &mut entry {
            let history = feedback_show::history_rows(conn, item.id, &departments)?;
            fields.insert("history".into(), Value::Array(history.to_json()));
        }
        feedback.push(entry);
    }
    let entries = crate::commands::admin::audit::rows_about(conn, id)?;

    let mut doc = Map::new();
    doc.insert("exported_at".into(), Value::String(actor.at.clone()));
    doc.insert("resident".into(), record);
    doc.insert(
        "enrollments".into(),
        Value::Array(roster_store::enrollment_rows(conn, id)?.to_json()),
    );
    doc.insert(
        "attendance".into(),
        Value::Array(roster_store::attendance_rows(conn, id)?.to_json()),
    );
    doc.insert("feedback".into(), Value::Array(feedback));
    doc.insert("audit".into(), Value::Array(entries.to_json()));
    ctx.out.write(None, |w, _| {
        serde_json::to_writer_pretty(&mut *w, &Value::Object(doc))?;
        w.write_all(b"\n")?;
        Ok(())
    })?;
    if let Some(file) = &ctx.out.file {
        crate::ui::note(&t!(
            "desk-subject-exported",
            id = id.to_string(),
            file = file.display().to_string()
        ));
    }
    Ok(())
}

/// The one record of `rows` as a JSON object.
fn object(rows: &Rows) -> Value {
    rows.to_json().pop().unwrap_or(Value::Null)
}
