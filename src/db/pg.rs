//! The PostgreSQL side of the seam (SPEC §10): connecting (password from
//! `PGPASSWORD` or `~/.pgpass`, never from the address), statements
//! prepared once per connection from their SQLite text rewritten by
//! `dialect`, values bound and read with SQLite's rules.
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::error::Error as StdError;

use postgres::types::{to_sql_checked, FromSql, IsNull, ToSql, Type};
use postgres::{Client, Config, NoTls};

use super::conn::{Error, Result, ValueRef};

use super::dialect;

type BoxError = Box<dyn StdError + Sync + Send>;

/// Why connecting failed.
#[derive(Debug)]
pub enum ConnectError {
    Server(postgres::Error),
    /// The TLS library could not be set up (a root certificate file it
    /// cannot read, say).
    Tls(BoxError),
}

impl From<postgres::Error> for ConnectError {
    fn from(err: postgres::Error) -> Self {
        ConnectError::Server(err)
    }
}

/// A statement prepared on the server, with the order its parameters take
/// the statement's values in (`dialect::Rewritten::order`).
#[derive(Clone)]
pub(crate) struct Prepared {
    statement: postgres::Statement,
    order: Vec<usize>,
    /// The rewritten text, for a cursor over it.
    sql: std::sync::Arc<str>,
}

impl Prepared {
    pub(crate) fn columns(&self) -> &[postgres::Column] {
        self.statement.columns()
    }

    /// The values to bind, in the rewritten statement's order.
    fn bound<'a>(&self, values: &[ValueRef<'a>]) -> Vec<Bound<'a>> {
        self.order
            .iter()
            .map(|&n| {
                Bound(
                    n.checked_sub(1)
                        .and_then(|i| values.get(i))
                        .copied()
                        .unwrap_or(ValueRef::Null),
                )
            })
            .collect()
    }
}

/// One connection to the shared database.
pub(crate) struct Pg {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Prepared>>,
    /// Server statements of our own (cursor declarations and fetches).
    native: RefCell<HashMap<String, postgres::Statement>>,
    /// Cursors open now: the next one is named after the count.
    cursors: Cell<usize>,
    /// A transaction of ours (`Connection::begin`) is open.
    pub(crate) explicit: Cell<bool>,
    /// A read transaction opened for cursors outside any transaction of
    /// ours: closed with the last cursor, or before ours begins.
    implicit: Cell<bool>,
}

/// Rows fetched per round trip from a cursor.
const FETCH: usize = 512;

/// The rows of one query, fetched from a server-side cursor a batch at a
/// time, so a listing of a million rows holds one batch in memory, as on
/// SQLite, and a reader that stops early (a table's first rows) makes the
/// server stop too. A cursor lives in a transaction: outside ours, in a
/// REPEATABLE READ one opened for it and committed with the last cursor.
/// `WITH HOLD`: a cursor outlives a commit made while it is read (a write
/// transaction begun inside a loop over rows).
pub(crate) struct Cursor<'c> {
    pg: &'c Pg,
    name: String,
    /// The query's text: a FETCH is prepared per cursor name and query,
    /// since the server fixes its columns when it is prepared.
    sql: std::sync::Arc<str>,
    batch: std::collections::VecDeque<postgres::Row>,
    done: bool,
}

impl Cursor<'_> {
    pub(crate) fn next(&mut self) -> Result<Option<postgres::Row>> {
        if self.batch.is_empty() && !self.done {
            let fetch = self.pg.native_for(
                &format!("FETCH FORWARD {FETCH} FROM {}", self.name),
                &self.sql,
            )?;
            let rows = self.pg.client.borrow_mut().query(&fetch, &[])?;
            self.done = rows.len() < FETCH;
            self.batch.extend(rows);
        }
        Ok(self.batch.pop_front())
    }
}

impl Drop for Cursor<'_> {
    fn drop(&mut self) {
        // A cursor of a transaction rolled back is gone already; nothing
        // else can go wrong that the next statement would not report.
        if let Ok(mut client) = self.pg.client.try_borrow_mut() {
            let _ = client.batch_execute(&format!("CLOSE {}", self.name));
        }
        self.pg.cursors.set(self.pg.cursors.get().saturating_sub(1));
        if self.pg.cursors.get() == 0 {
            let _ = self.pg.end_implicit();
        }
    }
}

/// Is `text` the address of a PostgreSQL database?
pub fn is_url(text: &str) -> bool {
    let scheme = text.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    matches!(scheme.as_deref(), Some("postgres" | "postgresql"))
}

/// Why an address cannot be used, before any connection is tried.
#[derive(Debug, PartialEq, Eq)]
pub enum BadUrl {
    /// The address carries a password (it would end up in shell
    /// histories and process lists).
    Password,
    /// `sslmode=verify-ca`/`verify-full` without the server's root
    /// certificate (`PGSSLROOTCERT`, else `~/.postgresql/root.crt`).
    NoRootCert(String),
    Unreadable(String),
}

/// How the connection is encrypted: the address's `sslmode`, as libpq
/// reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tls {
    /// `disable`: in clear.
    Off,
    /// `prefer` (the default): TLS when the server offers it, else in
    /// clear; the certificate is not checked.
    Prefer,
    /// `require`: TLS or no connection; the certificate is not checked.
    Require,
    /// `verify-ca` / `verify-full`: TLS with the server's certificate
    /// signed by `root`, and for `verify-full` naming the host.
    Verify {
        root: std::path::PathBuf,
        hostname: bool,
    },
}

/// The address without its `sslmode` (which the client library reads only
/// in part), and the mode it asked for.
fn split_sslmode(url: &str) -> std::result::Result<(String, Tls), BadUrl> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok((url.to_string(), Tls::Prefer));
    };
    let mut mode = Tls::Prefer;
    let mut kept = Vec::new();
    for pair in query.split('&') {
        match pair.strip_prefix("sslmode=") {
            Some("disable") => mode = Tls::Off,
            Some("allow" | "prefer") => mode = Tls::Prefer,
            Some("require") => mode = Tls::Require,
            Some(verify @ ("verify-ca" | "verify-full")) => {
                let root = std::env::var_os("PGSSLROOTCERT")
                    .map(std::path::PathBuf::from)
                    .or_else(|| {
                        directories::BaseDirs::new()
                            .map(|d| d.home_dir().join(".postgresql/root.crt"))
                    })
                    .filter(|p| p.is_file())
                    .ok_or_else(|| BadUrl::NoRootCert(verify.to_string()))?;
                mode = Tls::Verify {
                    root,
                    hostname: verify == "verify-full",
                };
            }
            Some(other) => return Err(BadUrl::Unreadable(format!("sslmode={other}"))),
            None => kept.push(pair),
        }
    }
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    Ok((url, mode))
}

/// The connection settings of `url`, with the password from the
/// environment or `~/.pgpass`, and how to encrypt.
pub fn config(url: &str) -> std::result::Result<(Config, Tls), BadUrl> {
    let (url, tls) = split_sslmode(url)?;
    let mut config: Config = url
        .parse()
        .map_err(|e: postgres::Error| BadUrl::Unreadable(e.to_string()))?;
    if config.get_password().is_some() {
        return Err(BadUrl::Password);
    }
    config.ssl_mode(match tls {
        Tls::Off => postgres::config::SslMode::Disable,
        Tls::Prefer => postgres::config::SslMode::Prefer,
        Tls::Require | Tls::Verify { .. } => postgres::config::SslMode::Require,
    });
    if config.get_user().is_none() {
        if let Ok(user) = std::env::var("PGUSER").or_else(|_| std::env::var("USER")) {
            config.user(&user);
        }
    }
    if let Some(password) = password_for(&config) {
        config.password(password);
    }
    if config.get_application_name().is_none() {
        config.application_name("expatdesk");
    }
    Ok((config, tls))
}

/// The TLS side of a connection for `tls` (OpenSSL).
fn connector(tls: &Tls) -> std::result::Result<postgres_openssl::MakeTlsConnector, BoxError> {
    use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
    let mut builder = SslConnector::builder(SslMethod::tls())?;
    match tls {
        Tls::Verify { root, .. } => {
            builder.set_ca_file(root)?;
            builder.set_verify(SslVerifyMode::PEER);
        }
        _ => builder.set_verify(SslVerifyMode::NONE),
    }
    let mut connector = postgres_openssl::MakeTlsConnector::new(builder.build());
    if !matches!(tls, Tls::Verify { hostname: true, .. }) {
        connector.set_callback(|config, _| {
            config.set_verify_hostname(false);
            Ok(())
        });
    }
    Ok(connector)
}

/// `user@host:port/db` of `config`.
pub fn shown(config: &Config) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            postgres::config::Host::Tcp(name) => name.clone(),
            postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_else(|| "localhost".into());
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "{}@{host}:{port}/{}",
        config.get_user().unwrap_or(""),
        config.get_dbname().unwrap_or("")
    )
}

fn password_for(config: &Config) -> Option<String> {
    if let Ok(password) = std::env::var("PGPASSWORD") {
        return Some(password);
    }
    let file = std::env::var_os("PGPASSFILE")
        .map(std::path::PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().join(".pgpass")))?;
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(name)) => name.clone(),
        _ => "localhost".into(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let wanted = [
        host.as_str(),
        port.as_str(),
        config.get_dbname().unwrap_or(""),
        config.get_user().unwrap_or(""),
    ];
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| pgpass_match(line, &wanted))
}

/// The password of one `~/.pgpass` line (`host:port:db:user:password`,
/// `*` matching anything, `\:` and `\\` escaped) when it matches.
fn pgpass_match(line: &str, wanted: &[&str; 4]) -> Option<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => fields.last_mut()?.push(chars.next()?),
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut()?.push(c),
        }
    }
    if fields.len() != 5 {
        return None;
    }
    let matches = fields[..4]
        .iter()
        .zip(wanted)
        .all(|(field, want)| field == "*" || field == want);
    matches.then(|| fields[4].clone())
}

impl Pg {
    pub(crate) fn connect(config: &Config, tls: &Tls) -> std::result::Result<Pg, ConnectError> {
        let mut client = match tls {
            Tls::Off => config.connect(NoTls)?,
            tls => config.connect(connector(tls).map_err(ConnectError::Tls)?)?,
        };
        // Our SQL compares and sorts text byte by byte, as SQLite does, and
        // waits at most the busy budget for a lock.
        client.batch_execute(
            "SET lock_timeout = '5s'; SET client_min_messages = warning; \
             SET default_transaction_isolation = 'read committed'",
        )?;
        Ok(Pg {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            native: RefCell::new(HashMap::new()),
            cursors: Cell::new(0),
            explicit: Cell::new(false),
            implicit: Cell::new(false),
        })
    }

    /// The statement for `sql` (SQLite's text), prepared once.
    pub(crate) fn prepare(&self, sql: &str) -> Result<Prepared> {
        if let Some(prepared) = self.statements.borrow().get(sql) {
            return Ok(prepared.clone());
        }
        let rewritten = dialect::rewrite(sql);
        let statement = self.client.borrow_mut().prepare(&rewritten.sql)?;
        let prepared = Prepared {
            statement,
            order: rewritten.order,
            sql: rewritten.sql.into(),
        };
        self.statements
            .borrow_mut()
            .insert(sql.to_owned(), prepared.clone());
        Ok(prepared)
    }

    /// A statement of our own PostgreSQL text, prepared once.
    fn native(&self, sql: &str) -> Result<postgres::Statement> {
        self.native_for(sql, "")
    }

    /// `sql`, prepared once for each `context` (a FETCH for each query).
    fn native_for(&self, sql: &str, context: &str) -> Result<postgres::Statement> {
        let key = format!("{sql}\u{0}{context}");
        if let Some(stmt) = self.native.borrow().get(&key) {
            return Ok(stmt.clone());
        }
        let stmt = self.client.borrow_mut().prepare(sql)?;
        self.native.borrow_mut().insert(key, stmt.clone());
        Ok(stmt)
    }

    /// Commits the read transaction opened for cursors, if one is open.
    pub(crate) fn end_implicit(&self) -> Result<()> {
        if self.implicit.replace(false) {
            self.batch_native("COMMIT")?;
        }
        Ok(())
    }

    /// The rows of `stmt` through a cursor (see `Cursor`).
    pub(crate) fn cursor(&self, stmt: &Prepared, values: &[ValueRef]) -> Result<Cursor<'_>> {
        if !self.explicit.get() && !self.implicit.get() {
            self.batch_native("BEGIN ISOLATION LEVEL REPEATABLE READ")?;
            self.implicit.set(true);
        }
        let name = format!("expatdesk_rows_{}", self.cursors.get());
        let declare = self.native(&format!(
            "DECLARE {name} NO SCROLL CURSOR WITH HOLD FOR {}",
            stmt.sql
        ))?;
        let bound = stmt.bound(values);
        let refs: Vec<&(dyn ToSql + Sync)> = bound.iter().map(|b| b as _).collect();
        self.client.borrow_mut().execute(&declare, &refs)?;
        self.cursors.set(self.cursors.get() + 1);
        Ok(Cursor {
            pg: self,
            name,
            sql: stmt.sql.clone(),
            batch: std::collections::VecDeque::new(),
            done: false,
        })
    }

    pub(crate) fn execute(&self, stmt: &Prepared, values: &[ValueRef]) -> Result<u64> {
        let bound = stmt.bound(values);
        let refs: Vec<&(dyn ToSql + Sync)> = bound.iter().map(|b| b as _).collect();
        Ok(self.client.borrow_mut().execute(&stmt.statement, &refs)?)
    }

    pub(crate) fn query(&self, stmt: &Prepared, values: &[ValueRef]) -> Result<Vec<postgres::Row>> {
        let bound = stmt.bound(values);
        let refs: Vec<&(dyn ToSql + Sync)> = bound.iter().map(|b| b as _).collect();
        Ok(self.client.borrow_mut().query(&stmt.statement, &refs)?)
    }

    /// COPY … FROM STDIN of `data`, in COPY's text format.
    pub(crate) fn copy_in(&self, sql: &str, data: &[u8]) -> Result<()> {
        use std::io::Write;
        let mut client = self.client.borrow_mut();
        let mut writer = client.copy_in(sql)?;
        writer.write_all(data).map_err(|e| Error::Value {
            column: 0,
            reason: e.to_string(),
        })?;
        writer.finish()?;
        Ok(())
    }

    /// Statements without parameters, SQLite's text rewritten.
    pub(crate) fn batch(&self, sql: &str) -> Result<()> {
        Ok(self
            .client
            .borrow_mut()
            .batch_execute(&dialect::to_postgres(sql))?)
    }

    /// Statements run exactly as given (PostgreSQL's own SQL).
    pub(crate) fn batch_native(&self, sql: &str) -> Result<()> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }
}

/// One value bound to a parameter: converted to the type PostgreSQL
/// inferred for it, as SQLite would compare it.
#[derive(Debug)]
struct Bound<'a>(ValueRef<'a>);

impl ToSql for Bound<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, BoxError> {
        match self.0 {
            ValueRef::Null => Ok(IsNull::Yes),
            ValueRef::Integer(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(n)?.to_sql(ty, out),
                Type::FLOAT8 => (n as f64).to_sql(ty, out),
                Type::FLOAT4 => (n as f32).to_sql(ty, out),
                Type::BOOL => (n != 0).to_sql(ty, out),
                Type::NUMERIC => numeric_from_i64(n, out),
                _ => n.to_string().as_str().to_sql(&Type::TEXT, out),
            },
            ValueRef::Real(x) => match *ty {
                Type::FLOAT4 => (x as f32).to_sql(ty, out),
                Type::FLOAT8 => x.to_sql(ty, out),
                _ => x.to_string().as_str().to_sql(&Type::TEXT, out),
            },
            ValueRef::Text(t) => {
                let text = std::str::from_utf8(t)?;
                match *ty {
                    Type::INT8 => text.trim().parse::<i64>()?.to_sql(ty, out),
                    Type::INT4 => text.trim().parse::<i32>()?.to_sql(ty, out),
                    Type::FLOAT8 => text.trim().parse::<f64>()?.to_sql(ty, out),
                    Type::BYTEA => t.to_sql(ty, out),
                    _ => text.to_sql(&Type::TEXT, out),
                }
            }
            ValueRef::Blob(b) => b.to_sql(&Type::BYTEA, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// An integer as PostgreSQL's NUMERIC wire form (base-10000 digits).
fn numeric_from_i64(n: i64, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, BoxError> {
    use bytes::BufMut;
    let mut digits = Vec::new();
    let mut rest = n.unsigned_abs();
    while rest > 0 {
        digits.push((rest % 10_000) as i16);
        rest /= 10_000;
    }
    digits.reverse();
    let count = i16::try_from(digits.len())?;
    out.put_i16(count);
    out.put_i16(count - 1);
    out.put_u16(if n < 0 { 0x4000 } else { 0 });
    out.put_u16(0);
    for d in digits {
        out.put_i16(d);
    }
    Ok(IsNull::No)
}

/// A NUMERIC read back: an integer when it has no fraction (sums and
/// counts), else a double.
enum Numeric {
    Integer(i64),
    Real(f64),
}

impl<'a> FromSql<'a> for Numeric {
    fn from_sql(_: &Type, raw: &'a [u8]) -> std::result::Result<Self, BoxError> {
        let word = |i: usize| -> std::result::Result<i16, BoxError> {
            let bytes = raw.get(i..i + 2).ok_or("short NUMERIC")?;
            Ok(i16::from_be_bytes([bytes[0], bytes[1]]))
        };
        let count = usize::try_from(word(0)?)?;
        let weight = i32::from(word(2)?);
        let sign = word(4)? as u16;
        let scale = word(6)?;
        if sign == 0xC000 {
            return Ok(Numeric::Real(f64::NAN));
        }
        let negative = sign == 0x4000;
        let digits = (0..count)
            .map(|k| word(8 + 2 * k))
            .collect::<std::result::Result<Vec<i16>, _>>()?;
        if scale == 0 && weight < 4 {
            let mut value: i64 = 0;
            for k in 0..=weight {
                let d = digits.get(k as usize).copied().unwrap_or(0);
                value = value * 10_000 + i64::from(d);
            }
            return Ok(Numeric::Integer(if negative { -value } else { value }));
        }
        let mut value = 0f64;
        for (k, d) in digits.iter().enumerate() {
            value += f64::from(*d) * 10_000f64.powi(weight - k as i32);
        }
        Ok(Numeric::Real(if negative { -value } else { value }))
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::NUMERIC
    }
}

/// Column `i` of `row` as SQLite would hand it over.
pub(crate) fn value_ref(row: &postgres::Row, i: usize) -> Result<ValueRef<'_>> {
    let column = row.columns().get(i).ok_or(Error::Value {
        column: i,
        reason: "no such column".into(),
    })?;
    let int = |n: Option<i64>| n.map_or(ValueRef::Null, ValueRef::Integer);
    Ok(match *column.type_() {
        Type::INT8 => int(row.try_get::<_, Option<i64>>(i)?),
        Type::INT4 => int(row.try_get::<_, Option<i32>>(i)?.map(i64::from)),
        Type::INT2 => int(row.try_get::<_, Option<i16>>(i)?.map(i64::from)),
        Type::BOOL => int(row.try_get::<_, Option<bool>>(i)?.map(i64::from)),
        Type::FLOAT8 => row
            .try_get::<_, Option<f64>>(i)?
            .map_or(ValueRef::Null, ValueRef::Real),
        Type::FLOAT4 => row
            .try_get::<_, Option<f32>>(i)?
            .map_or(ValueRef::Null, |x| ValueRef::Real(f64::from(x))),
        Type::NUMERIC => match row.try_get::<_, Option<Numeric>>(i)? {
            None => ValueRef::Null,
            Some(Numeric::Integer(n)) => ValueRef::Integer(n),
            Some(Numeric::Real(x)) => ValueRef::Real(x),
        },
        Type::BYTEA => row
            .try_get::<_, Option<&[u8]>>(i)?
            .map_or(ValueRef::Null, ValueRef::Blob),
        _ => row
            .try_get::<_, Option<&str>>(i)?
            .map_or(ValueRef::Null, |t| ValueRef::Text(t.as_bytes())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerics_read_back_as_integers_or_doubles() {
        for n in [0i64, 7, 9_999, 10_000, 123_456_789, -42, -10_000_001] {
            let mut out = bytes::BytesMut::new();
            numeric_from_i64(n, &mut out).expect("encodes");
            match Numeric::from_sql(&Type::NUMERIC, &out).expect("decodes") {
                Numeric::Integer(m) => assert_eq!(m, n),
                Numeric::Real(x) => panic!("{n} read as {x}"),
            }
        }
        // 12.5: one digit before the point (weight 0), one after, scale 1.
        let raw = [0u8, 2, 0, 0, 0, 0, 0, 1, 0, 12, 0x13, 0x88];
        match Numeric::from_sql(&Type::NUMERIC, &raw).expect("decodes") {
            Numeric::Real(x) => assert!((x - 12.5).abs() < 1e-9, "{x}"),
            Numeric::Integer(n) => panic!("read as {n}"),
        }
    }

    #[test]
    fn copy_lines_escape_what_the_text_format_reads_specially() {
        let mut out = Vec::new();
        line(
            &mut out,
            [
                ValueRef::Integer(7),
                ValueRef::Null,
                ValueRef::Text(b"a\tb\tc\nd\re\\f"),
            ]
            .into_iter(),
        );
        assert_eq!(out, b"7\t\\N\ta\\tb\\tc\\nd\\re\\\\f\n".to_vec());
    }

    #[test]
    fn pgpass_lines_match_with_wildcards_and_escapes() {
        let wanted = ["db.center", "5432", "desk", "clerk"];
        assert_eq!(
            pgpass_match("db.center:5432:desk:clerk:s3cret", &wanted),
            Some("s3cret".into())
        );
        assert_eq!(
            pgpass_match("*:*:*:clerk:a\\:b", &wanted),
            Some("a:b".into())
        );
        assert_eq!(pgpass_match("other:5432:desk:clerk:x", &wanted), None);
        assert_eq!(pgpass_match("not a line", &wanted), None);
    }

    #[test]
    fn an_address_with_a_password_is_refused_and_sslmode_read_as_libpq_does() {
        assert!(matches!(
            config("postgres://clerk:secret@db/desk"),
            Err(BadUrl::Password)
        ));
        let (ok, tls) = config("postgresql://clerk@db.center:5433/desk").expect("parses");
        assert_eq!(shown(&ok), "clerk@db.center:5433/desk");
        assert_eq!(tls, Tls::Prefer);
        let (_, tls) = config("postgres://clerk@db/desk?sslmode=require").expect("parses");
        assert_eq!(tls, Tls::Require);
        let (_, tls) =
            config("postgres://clerk@db/desk?connect_timeout=3&sslmode=disable").expect("parses");
        assert_eq!(tls, Tls::Off);
        assert!(matches!(
            config("postgres://clerk@db/desk?sslmode=sometimes"),
            Err(BadUrl::Unreadable(_))
        ));
    }
}

/// Rows gathered for COPY (PostgreSQL's text format) into two tables: a
/// first load's residents and their search entries.
#[derive(Default)]
pub struct CopyRows {
    first: Vec<u8>,
    second: Vec<u8>,
    rows: usize,
}

/// Rows sent per COPY: about a megabyte of residents.
const COPY_BATCH: usize = 5_000;

impl CopyRows {
    pub fn push<'a>(
        &mut self,
        first: impl Iterator<Item = ValueRef<'a>>,
        second: impl IntoIterator<Item = ValueRef<'a>>,
    ) {
        line(&mut self.first, first);
        line(&mut self.second, second.into_iter());
        self.rows += 1;
    }

    pub fn is_full(&self) -> bool {
        self.rows >= COPY_BATCH
    }

    /// COPYs the gathered rows (`first_sql` first: the second table's rows
    /// refer to the first's) and starts again empty.
    pub fn send(
        &mut self,
        conn: &super::Connection,
        first_sql: &str,
        second_sql: &str,
    ) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let pg = conn.pg().ok_or(Error::Value {
            column: 0,
            reason: "COPY needs PostgreSQL".into(),
        })?;
        pg.copy_in(first_sql, &self.first)?;
        pg.copy_in(second_sql, &self.second)?;
        self.first.clear();
        self.second.clear();
        self.rows = 0;
        Ok(())
    }
}

/// One line of COPY's text format: tab-separated, `\N` for NULL, and
/// backslash, tab, newline and carriage return escaped.
fn line<'a>(out: &mut Vec<u8>, values: impl Iterator<Item = ValueRef<'a>>) {
    for (i, value) in values.enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        match value {
            ValueRef::Null => out.extend_from_slice(b"\\N"),
            ValueRef::Integer(n) => out.extend_from_slice(n.to_string().as_bytes()),
            ValueRef::Real(x) => out.extend_from_slice(x.to_string().as_bytes()),
            ValueRef::Text(t) | ValueRef::Blob(t) => {
                for &b in t {
                    match b {
                        b'\\' => out.extend_from_slice(b"\\\\"),
                        b'\t' => out.extend_from_slice(b"\\t"),
                        b'\n' => out.extend_from_slice(b"\\n"),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        b => out.push(b),
                    }
                }
            }
        }
    }
    out.push(b'\n');
}
