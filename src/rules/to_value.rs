//! Any `Serialize` type as a [`Value`], the way serde_json writes it: struct fields in their
//! order, `None` as null, unit variants as their name. The widget hands the assessment to
//! JavaScript as this value's JSON text (`JSON.parse`), so `HspPr.evaluate` gives the CLI's
//! JSON exactly, with no JavaScript-object serializer in the wasm (about 10 KB gzip less:
//! README, Performance). A native test compares it with serde_json on generated profiles.

use serde::ser::{self, Serialize};
use std::fmt;

use super::Value;

/// The value of `value`, or why it has none (a map key that is not a string).
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, Unrepresentable> {
    value.serialize(ValueSerializer)
}

#[derive(Debug)]
pub struct Unrepresentable(String);

impl fmt::Display for Unrepresentable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unrepresentable {}

impl ser::Error for Unrepresentable {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Unrepresentable(message.to_string())
    }
}

struct ValueSerializer;

// JSON numbers are doubles: integers past 2^53 round, as they do in JavaScript.
#[allow(clippy::cast_precision_loss)]
fn signed<N: Into<i64>>(n: N) -> Value {
    Value::Number(n.into() as f64)
}

#[allow(clippy::cast_precision_loss)]
fn unsigned<N: Into<u64>>(n: N) -> Value {
    Value::Number(n.into() as f64)
}

impl ser::Serializer for ValueSerializer {
    type Ok = Value;
    type Error = Unrepresentable;
    type SerializeSeq = Items;
    type SerializeTuple = Items;
    type SerializeTupleStruct = Items;
    type SerializeTupleVariant = Variant<Items>;
    type SerializeMap = Members;
    type SerializeStruct = Members;
    type SerializeStructVariant = Variant<Members>;

    fn serialize_bool(self, v: bool) -> Result<Value, Unrepresentable> {
        Ok(Value::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Value, Unrepresentable> {
        Ok(signed(v))
    }
    fn serialize_i16(self, v: i16) -> Result<Value, Unrepresentable> {
        Ok(signed(v))
    }
    fn serialize_i32(self, v: i32) -> Result<Value, Unrepresentable> {
        Ok(signed(v))
    }
    fn serialize_i64(self, v: i64) -> Result<Value, Unrepresentable> {
        Ok(signed(v))
    }
    fn serialize_u8(self, v: u8) -> Result<Value, Unrepresentable> {
        Ok(unsigned(v))
    }
    fn serialize_u16(self, v: u16) -> Result<Value, Unrepresentable> {
        Ok(unsigned(v))
    }
    fn serialize_u32(self, v: u32) -> Result<Value, Unrepresentable> {
        Ok(unsigned(v))
    }
    fn serialize_u64(self, v: u64) -> Result<Value, Unrepresentable> {
        Ok(unsigned(v))
    }
    fn serialize_f32(self, v: f32) -> Result<Value, Unrepresentable> {
        Ok(Value::Number(f64::from(v)))
    }
    fn serialize_f64(self, v: f64) -> Result<Value, Unrepresentable> {
        Ok(Value::Number(v))
    }
    fn serialize_char(self, v: char) -> Result<Value, Unrepresentable> {
        Ok(Value::String(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Value, Unrepresentable> {
        Ok(Value::String(v.to_owned()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Value, Unrepresentable> {
        Ok(Value::Array(v.iter().map(|&b| unsigned(b)).collect()))
    }
    fn serialize_none(self) -> Result<Value, Unrepresentable> {
        Ok(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Value, Unrepresentable> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Value, Unrepresentable> {
        Ok(Value::Null)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Value, Unrepresentable> {
        Ok(Value::Null)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Value, Unrepresentable> {
        Ok(Value::String(variant.to_owned()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Value, Unrepresentable> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Value, Unrepresentable> {
        Ok(Value::Object(vec![(variant.to_owned(), to_value(value)?)]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Items, Unrepresentable> {
        Ok(Items(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<Items, Unrepresentable> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Items, Unrepresentable> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<Items>, Unrepresentable> {
        Ok(Variant(variant, Items(Vec::with_capacity(len))))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Members, Unrepresentable> {
        Ok(Members {
            members: Vec::with_capacity(len.unwrap_or(0)),
            key: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Members, Unrepresentable> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<Members>, Unrepresentable> {
        Ok(Variant(variant, self.serialize_map(Some(len))?))
    }
}

/// The elements of an array so far.
struct Items(Vec<Value>);

impl Items {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unrepresentable> {
        self.0.push(to_value(value)?);
        Ok(())
    }
}

/// Arrays, tuples and tuple structs are all JSON arrays: one impl each, as serde asks.
macro_rules! items_serializers {
    ($($serializer:ident::$add:ident),*) => {$(
        impl ser::$serializer for Items {
            type Ok = Value;
            type Error = Unrepresentable;
            fn $add<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unrepresentable> {
                self.push(v)
            }
            fn end(self) -> Result<Value, Unrepresentable> {
                Ok(Value::Array(self.0))
            }
        }
    )*};
}

items_serializers!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

/// The members of an object so far, and a map key waiting for its value.
struct Members {
    members: Vec<(String, Value)>,
    key: Option<String>,
}

impl Members {
    fn insert<T: Serialize + ?Sized>(
        &mut self,
        key: String,
        value: &T,
    ) -> Result<(), Unrepresentable> {
        self.members.push((key, to_value(value)?));
        Ok(())
    }
}

impl ser::SerializeMap for Members {
    type Ok = Value;
    type Error = Unrepresentable;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unrepresentable> {
        // JSON keys are strings; serde_json also writes number keys as strings.
        self.key = Some(match to_value(key)? {
            Value::String(s) => s,
            Value::Number(n) => n.to_string(),
            other => {
                return Err(Unrepresentable(format!("a {} as a key", other.kind())));
            }
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unrepresentable> {
        let key = self
            .key
            .take()
            .ok_or_else(|| Unrepresentable("a value without a key".to_owned()))?;
        self.insert(key, v)
    }
    fn end(self) -> Result<Value, Unrepresentable> {
        Ok(Value::Object(self.members))
    }
}

impl ser::SerializeStruct for Members {
    type Ok = Value;
    type Error = Unrepresentable;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Unrepresentable> {
        self.insert(key.to_owned(), v)
    }
    fn end(self) -> Result<Value, Unrepresentable> {
        Ok(Value::Object(self.members))
    }
}

/// An externally tagged enum variant with fields: `{"variant": …}`.
struct Variant<T>(&'static str, T);

impl ser::SerializeTupleVariant for Variant<Items> {
    type Ok = Value;
    type Error = Unrepresentable;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unrepresentable> {
        self.1.push(v)
    }
    fn end(self) -> Result<Value, Unrepresentable> {
        Ok(Value::Object(vec![(
            self.0.to_owned(),
            Value::Array(self.1.0),
        )]))
    }
}

impl ser::SerializeStructVariant for Variant<Members> {
    type Ok = Value;
    type Error = Unrepresentable;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Unrepresentable> {
        self.1.insert(key.to_owned(), v)
    }
    fn end(self) -> Result<Value, Unrepresentable> {
        Ok(Value::Object(vec![(
            self.0.to_owned(),
            Value::Object(self.1.members),
        )]))
    }
}
