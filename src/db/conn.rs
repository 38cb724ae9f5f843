//! The one seam between the stores and the database engine (README,
//! "Shared database"). Stores write SQL against `Connection`, bind with
//! [`params!`](crate::params) or arrays, and read with `Row::get`; no other
//! module names the engine's types. Today the engine is SQLite; the
//! PostgreSQL connection of SPEC §10 becomes a second variant of `Connection`,
//! and the statements that differ between the two go through
//! [`super::dialect`].
//!
//! The API mirrors rusqlite's on purpose: the calls read the same, values
//! are bound by reference (no copy on the import's hot path), and the type
//! rules of `Row::get` are rusqlite's (an integer never reads as text).
use std::fmt;

use rusqlite::types::{ToSqlOutput, ValueRef as LiteRef};

use super::pg::{self, Pg};

/// A value read from or bound to a statement, borrowed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueRef<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a [u8]),
    Blob(&'a [u8]),
}

/// A value owned, for parameter lists built at run time.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl ValueRef<'_> {
    fn kind(&self) -> &'static str {
        match self {
            ValueRef::Null => "null",
            ValueRef::Integer(_) => "integer",
            ValueRef::Real(_) => "real",
            ValueRef::Text(_) => "text",
            ValueRef::Blob(_) => "blob",
        }
    }
}

/// What went wrong below the stores. `From<Error> for AppError` maps it to
/// the user's terms and exit codes.
#[derive(Debug)]
pub enum Error {
    Sqlite(rusqlite::Error),
    Postgres(postgres::Error),
    /// `query_row` found no row; `optional()` turns it into `None`.
    NoRows,
    /// A column held a value of another type than the code reads.
    Type {
        column: usize,
        wanted: &'static str,
        found: &'static str,
    },
    /// A value of the right type that the code cannot take (an integer
    /// out of range, text that is not UTF-8).
    Value {
        column: usize,
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Sqlite(e) => e.fmt(f),
            Error::Postgres(e) => match e.as_db_error() {
                Some(db) => f.write_str(db.message()),
                None => e.fmt(f),
            },
            Error::NoRows => f.write_str("query returned no rows"),
            Error::Type {
                column,
                wanted,
                found,
            } => write!(f, "column {column}: wanted {wanted}, found {found}"),
            Error::Value { column, reason } => write!(f, "column {column}: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        match err {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            other => Error::Sqlite(other),
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        Error::Postgres(err)
    }
}

impl Error {
    /// The SQLSTATE of a PostgreSQL error.
    pub fn sqlstate(&self) -> Option<&str> {
        match self {
            Error::Postgres(e) => e.code().map(|c| c.code()),
            _ => None,
        }
    }

    /// The SQLite error underneath, for the code that tells its kinds apart.
    pub fn sqlite(&self) -> Option<&rusqlite::Error> {
        match self {
            Error::Sqlite(e) => Some(e),
            _ => None,
        }
    }

    /// A constraint (unique, foreign key, check) refused the statement.
    pub fn is_constraint(&self) -> bool {
        matches!(
            self.sqlite().and_then(|e| e.sqlite_error_code()),
            Some(rusqlite::ErrorCode::ConstraintViolation)
        ) || self.sqlstate().is_some_and(|s| s.starts_with("23"))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `Ok(None)` for a `query_row` that found no row.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

// ---- binding -------------------------------------------------------------

/// A Rust value that can be bound to a `?N` placeholder.
pub trait ToValue {
    fn to_value(&self) -> ValueRef<'_>;
}

macro_rules! int_to_value {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> ValueRef<'_> {
                ValueRef::Integer(i64::from(*self))
            }
        }
    )*};
}
int_to_value!(i64, i32, u32, u16, u8, i16, i8);

impl ToValue for usize {
    fn to_value(&self) -> ValueRef<'_> {
        // Counts and limits; nothing in a desk database comes near i64::MAX.
        ValueRef::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl ToValue for bool {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Integer(i64::from(*self))
    }
}

impl ToValue for f64 {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Real(*self)
    }
}

impl ToValue for str {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Text(self.as_bytes())
    }
}

impl ToValue for String {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Text(self.as_bytes())
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> ValueRef<'_> {
        (**self).to_value()
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> ValueRef<'_> {
        self.as_ref().map_or(ValueRef::Null, ToValue::to_value)
    }
}

impl ToValue for Value {
    fn to_value(&self) -> ValueRef<'_> {
        match self {
            Value::Null => ValueRef::Null,
            Value::Integer(n) => ValueRef::Integer(*n),
            Value::Real(x) => ValueRef::Real(*x),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }
    }
}

impl ToValue for ValueRef<'_> {
    fn to_value(&self) -> ValueRef<'_> {
        *self
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Integer(n)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Self {
        value.map_or(Value::Null, Into::into)
    }
}

/// The parameters of one statement: `[]`, `[a, b]`, `params![a, b]`, or a
/// list built at run time (`params_from_iter`).
pub trait Params {
    fn values(&self) -> Vec<ValueRef<'_>>;
}

impl Params for [&dyn ToValue; 0] {
    fn values(&self) -> Vec<ValueRef<'_>> {
        Vec::new()
    }
}

impl Params for &[&dyn ToValue] {
    fn values(&self) -> Vec<ValueRef<'_>> {
        self.iter().map(|v| v.to_value()).collect()
    }
}

macro_rules! array_params {
    ($($n:literal),*) => {$(
        impl<T: ToValue> Params for [T; $n] {
            fn values(&self) -> Vec<ValueRef<'_>> {
                self.iter().map(ToValue::to_value).collect()
            }
        }
    )*};
}
array_params!(1, 2, 3, 4, 5, 6, 7, 8);

impl Params for &[ValueRef<'_>] {
    fn values(&self) -> Vec<ValueRef<'_>> {
        self.to_vec()
    }
}

/// Parameters collected at run time.
pub struct Iterated(Vec<Value>);

impl Params for Iterated {
    fn values(&self) -> Vec<ValueRef<'_>> {
        self.0.iter().map(ToValue::to_value).collect()
    }
}

pub fn params_from_iter<I: IntoIterator<Item = Value>>(values: I) -> Iterated {
    Iterated(values.into_iter().collect())
}

/// `params![a, b, c]`: a fixed list of values of different types.
#[macro_export]
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::db::ToValue]
    };
    ($($value:expr),+ $(,)?) => {
        &[$(&$value as &dyn $crate::db::ToValue),+] as &[&dyn $crate::db::ToValue]
    };
}

/// One bound value, as SQLite takes it: borrowed, never copied.
struct Bound<'a>(ValueRef<'a>);

impl rusqlite::ToSql for Bound<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self.0 {
            ValueRef::Null => LiteRef::Null,
            ValueRef::Integer(n) => LiteRef::Integer(n),
            ValueRef::Real(x) => LiteRef::Real(x),
            ValueRef::Text(t) => LiteRef::Text(t),
            ValueRef::Blob(b) => LiteRef::Blob(b),
        }))
    }
}

fn bound<'a>(values: &'a [ValueRef<'a>]) -> Vec<Bound<'a>> {
    values.iter().map(|v| Bound(*v)).collect()
}

fn lite_params<'a>(
    values: &'a [Bound<'a>],
) -> rusqlite::ParamsFromIter<impl Iterator<Item = &'a Bound<'a>>> {
    rusqlite::params_from_iter(values.iter())
}

// ---- reading -------------------------------------------------------------

/// A Rust value that can be read from a column, with rusqlite's rules.
pub trait FromValue: Sized {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self>;
}

fn wrong(value: ValueRef<'_>, column: usize, wanted: &'static str) -> Error {
    Error::Type {
        column,
        wanted,
        found: value.kind(),
    }
}

impl FromValue for i64 {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Integer(n) => Ok(n),
            other => Err(wrong(other, column, "integer")),
        }
    }
}

macro_rules! narrow_int_from_value {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
                let n = i64::from_value(value, column)?;
                <$t>::try_from(n).map_err(|_| Error::Value {
                    column,
                    reason: format!("{n} is out of range"),
                })
            }
        }
    )*};
}
narrow_int_from_value!(i32, u32, u16, u8, usize, u64);

impl FromValue for bool {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        Ok(i64::from_value(value, column)? != 0)
    }
}

impl FromValue for f64 {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Integer(n) => Ok(n as f64),
            ValueRef::Real(x) => Ok(x),
            other => Err(wrong(other, column, "real")),
        }
    }
}

impl FromValue for String {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Text(t) => {
                std::str::from_utf8(t)
                    .map(str::to_owned)
                    .map_err(|e| Error::Value {
                        column,
                        reason: e.to_string(),
                    })
            }
            other => Err(wrong(other, column, "text")),
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Blob(b) | ValueRef::Text(b) => Ok(b.to_vec()),
            other => Err(wrong(other, column, "blob")),
        }
    }
}

impl FromValue for Value {
    fn from_value(value: ValueRef<'_>, _column: usize) -> Result<Self> {
        Ok(match value {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(n) => Value::Integer(n),
            ValueRef::Real(x) => Value::Real(x),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        })
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Null => Ok(None),
            other => T::from_value(other, column).map(Some),
        }
    }
}

/// One row of a result, valid while its statement is stepped.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    inner: RowInner<'a>,
}

#[derive(Clone, Copy)]
enum RowInner<'a> {
    Lite(&'a rusqlite::Row<'a>),
    Pg(&'a postgres::Row),
}

impl<'a> Row<'a> {
    pub fn get<T: FromValue>(&self, column: usize) -> Result<T> {
        T::from_value(self.get_ref(column)?, column)
    }

    pub fn get_ref(&self, column: usize) -> Result<ValueRef<'a>> {
        match self.inner {
            RowInner::Lite(row) => Ok(match row.get_ref(column)? {
                LiteRef::Null => ValueRef::Null,
                LiteRef::Integer(n) => ValueRef::Integer(n),
                LiteRef::Real(x) => ValueRef::Real(x),
                LiteRef::Text(t) => ValueRef::Text(t),
                LiteRef::Blob(b) => ValueRef::Blob(b),
            }),
            RowInner::Pg(row) => pg::value_ref(row, column),
        }
    }
}

// ---- connections and statements -------------------------------------------

/// An open database connection: a SQLite file, or the shared PostgreSQL
/// database of SPEC §10.
pub struct Connection {
    inner: Inner,
}

enum Inner {
    Lite(rusqlite::Connection),
    Pg(Box<Pg>),
}

/// The key of the one advisory lock that writers take on PostgreSQL, as
/// SQLite's `BEGIN IMMEDIATE` takes the file's write lock ("expatdes").
const WRITE_LOCK: i64 = 0x6578_7061_7464_6573;

impl Connection {
    pub(crate) fn sqlite(lite: rusqlite::Connection) -> Connection {
        Connection {
            inner: Inner::Lite(lite),
        }
    }

    pub(crate) fn postgres(pg: Pg) -> Connection {
        Connection {
            inner: Inner::Pg(Box::new(pg)),
        }
    }

    /// The SQLite connection itself, for the engine's own tools (pragmas,
    /// the backup API, SQL functions); `None` on PostgreSQL.
    pub(crate) fn lite(&self) -> Option<&rusqlite::Connection> {
        match &self.inner {
            Inner::Lite(lite) => Some(lite),
            Inner::Pg(_) => None,
        }
    }

    pub(crate) fn pg(&self) -> Option<&Pg> {
        match &self.inner {
            Inner::Lite(_) => None,
            Inner::Pg(pg) => Some(pg),
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.inner, Inner::Pg(_))
    }

    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }

    /// Several statements without parameters, one after the other.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.inner {
            Inner::Lite(lite) => Ok(lite.execute_batch(sql)?),
            Inner::Pg(pg) => pg.batch(sql),
        }
    }

    pub fn query_row<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        read: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.prepare(sql)?.query_row(params, read)
    }

    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement {
            inner: match &self.inner {
                Inner::Lite(lite) => StatementInner::Plain(lite.prepare(sql)?),
                Inner::Pg(pg) => StatementInner::Pg(pg, pg.prepare(sql)?),
            },
        })
    }

    /// A statement kept prepared for the next call with the same SQL.
    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement {
            inner: match &self.inner {
                Inner::Lite(lite) => StatementInner::Cached(lite.prepare_cached(sql)?),
                Inner::Pg(pg) => StatementInner::Pg(pg, pg.prepare(sql)?),
            },
        })
    }

    /// The id of the row the last INSERT made.
    pub fn last_insert_rowid(&self) -> Result<i64> {
        match &self.inner {
            Inner::Lite(lite) => Ok(lite.last_insert_rowid()),
            Inner::Pg(_) => self.query_row("SELECT lastval()", [], |r| r.get(0)),
        }
    }
}

enum StatementInner<'c> {
    Plain(rusqlite::Statement<'c>),
    Cached(rusqlite::CachedStatement<'c>),
    Pg(&'c Pg, pg::Prepared),
}

/// A prepared statement.
pub struct Statement<'c> {
    inner: StatementInner<'c>,
}

impl<'c> Statement<'c> {
    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        let values = params.values();
        let lite = match &mut self.inner {
            StatementInner::Plain(s) => s,
            StatementInner::Cached(s) => &mut **s,
            StatementInner::Pg(pg, stmt) => {
                return Ok(usize::try_from(pg.execute(stmt, &values)?).unwrap_or(usize::MAX))
            }
        };
        let bound = bound(&values);
        Ok(lite.execute(lite_params(&bound))?)
    }

    pub fn query<P: Params>(&mut self, params: P) -> Result<Rows<'_>> {
        let values = params.values();
        let lite = match &mut self.inner {
            StatementInner::Plain(s) => s,
            StatementInner::Cached(s) => &mut **s,
            StatementInner::Pg(pg, stmt) => {
                return Ok(Rows {
                    inner: RowsInner::Pg(pg.cursor(stmt, &values)?, None),
                })
            }
        };
        let bound = bound(&values);
        Ok(Rows {
            inner: RowsInner::Lite(lite.query(lite_params(&bound))?),
        })
    }

    pub fn query_row<T, P: Params>(
        &mut self,
        params: P,
        read: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        if let StatementInner::Pg(pg, stmt) = &self.inner {
            // One row wanted: no cursor, one round trip.
            let rows = pg.query(stmt, &params.values())?;
            return match rows.first() {
                Some(row) => read(&Row {
                    inner: RowInner::Pg(row),
                }),
                None => Err(Error::NoRows),
            };
        }
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(row) => read(&row),
            None => Err(Error::NoRows),
        }
    }

    pub fn query_map<T, P: Params, F>(&mut self, params: P, read: F) -> Result<MappedRows<'_, F>>
    where
        F: FnMut(&Row<'_>) -> Result<T>,
    {
        Ok(MappedRows {
            rows: self.query(params)?,
            read,
        })
    }

    /// Does the query return at least one row?
    pub fn exists<P: Params>(&mut self, params: P) -> Result<bool> {
        Ok(self.query(params)?.next()?.is_some())
    }

    pub fn column_count(&mut self) -> usize {
        match &self.inner {
            StatementInner::Plain(s) => s.column_count(),
            StatementInner::Cached(s) => s.column_count(),
            StatementInner::Pg(_, stmt) => stmt.columns().len(),
        }
    }

    pub fn column_names(&mut self) -> Vec<String> {
        match &self.inner {
            StatementInner::Plain(s) => s.column_names().into_iter().map(str::to_owned).collect(),
            StatementInner::Cached(s) => s.column_names().into_iter().map(str::to_owned).collect(),
            StatementInner::Pg(_, stmt) => {
                stmt.columns().iter().map(|c| c.name().to_owned()).collect()
            }
        }
    }
}

/// The rows of a query, stepped one at a time (on PostgreSQL through a
/// cursor): memory stays flat however many there are.
pub struct Rows<'s> {
    inner: RowsInner<'s>,
}

enum RowsInner<'s> {
    Lite(rusqlite::Rows<'s>),
    Pg(pg::Cursor<'s>, Option<postgres::Row>),
}

impl Rows<'_> {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match &mut self.inner {
            RowsInner::Lite(rows) => Ok(rows.next()?.map(|row| Row {
                inner: RowInner::Lite(row),
            })),
            RowsInner::Pg(rows, current) => {
                *current = rows.next()?;
                Ok(current.as_ref().map(|row| Row {
                    inner: RowInner::Pg(row),
                }))
            }
        }
    }
}

/// Rows read through a closure, as an iterator.
pub struct MappedRows<'s, F> {
    rows: Rows<'s>,
    read: F,
}

impl<T, F> Iterator for MappedRows<'_, F>
where
    F: FnMut(&Row<'_>) -> Result<T>,
{
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        match self.rows.next() {
            Ok(Some(row)) => Some((self.read)(&row)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// How a transaction takes its lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Begin {
    /// The write lock up front (waiting up to the busy timeout), so a busy
    /// database fails before anything is done.
    Immediate,
    /// Reads see one snapshot; the lock is taken at the first write.
    Deferred,
}

impl Connection {
    /// Opens a transaction; dropped without `commit`, it rolls back.
    ///
    /// On PostgreSQL a writer takes one advisory lock for its whole
    /// transaction, as SQLite's writer takes the file's lock: writers go
    /// one at a time (waiting up to 5 s, then exit 6), readers are never
    /// blocked, and every read inside sees all that was committed before.
    /// So the invariants the stores keep under SQLite (no seat oversold,
    /// one promotion per drop) hold across desks without retry loops.
    pub fn begin(&self, begin: Begin) -> Result<Transaction<'_>> {
        match (&self.inner, begin) {
            (Inner::Lite(_), Begin::Immediate) => self.execute_batch("BEGIN IMMEDIATE")?,
            (Inner::Lite(_), Begin::Deferred) => self.execute_batch("BEGIN DEFERRED")?,
            (Inner::Pg(pg), begin) => {
                // A read transaction held open for cursors ends first (the
                // cursors are WITH HOLD: a loop over them goes on).
                pg.end_implicit()?;
                pg.batch_native(&match begin {
                    Begin::Immediate => {
                        format!("BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                    }
                    Begin::Deferred => "BEGIN ISOLATION LEVEL REPEATABLE READ".to_string(),
                })?;
                pg.explicit.set(true);
            }
        }
        Ok(Transaction {
            conn: self,
            done: false,
        })
    }

    /// Runs `body` in one transaction: committed when it returns `Ok`,
    /// rolled back when it returns an error, panics, or the commit fails.
    pub fn transaction<T, E: From<Error>>(
        &self,
        begin: Begin,
        body: impl FnOnce(&Connection) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self.begin(begin)?;
        let value = body(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `body` in a transaction that is always rolled back: a dry run
    /// sees its own writes and leaves nothing behind.
    pub fn rolled_back<T, E: From<Error>>(
        &self,
        body: impl FnOnce(&Connection) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self.begin(Begin::Deferred)?;
        body(&tx)
    }
}

/// An open transaction: dropped without `commit`, it rolls back.
pub struct Transaction<'c> {
    conn: &'c Connection,
    done: bool,
}

impl Transaction<'_> {
    pub fn commit(mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        self.done = true;
        self.ended();
        Ok(())
    }

    /// Undoes everything (a dry run); dropping does the same.
    pub fn rollback(mut self) -> Result<()> {
        self.done = true;
        self.ended();
        self.conn.execute_batch("ROLLBACK")
    }

    fn ended(&self) {
        if let Some(pg) = self.conn.pg() {
            pg.explicit.set(false);
        }
    }
}

impl std::ops::Deref for Transaction<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        // Nothing more can be done about a failed rollback here: the
        // engine rolls back itself when the connection closes.
        match &self.conn.inner {
            Inner::Lite(lite) if !lite.is_autocommit() => {
                let _ = lite.execute_batch("ROLLBACK");
            }
            Inner::Lite(_) => {}
            Inner::Pg(pg) => {
                let _ = pg.batch_native("ROLLBACK");
                pg.explicit.set(false);
            }
        }
    }
}

macro_rules! tuple_params {
    ($(($($name:ident : $t:ident),+)),*) => {$(
        impl<$($t: ToValue),+> Params for ($($t,)+) {
            fn values(&self) -> Vec<ValueRef<'_>> {
                let ($($name,)+) = self;
                vec![$($name.to_value()),+]
            }
        }
    )*};
}
tuple_params!((a: A, b: B), (a: A, b: B, c: C), (a: A, b: B, c: C, d: D));
