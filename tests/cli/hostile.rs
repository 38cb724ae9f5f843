//! Hostile values through every command (issue 7): control and escape
//! characters, bidi marks, huge arguments, SQL metacharacters, path tricks.
