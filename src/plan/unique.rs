//! Maps in a plan file may not name a key twice. serde's own map reading
//! keeps the last value and drops the first without a word; a hand-edited
//! file with an answer twice would silently lose one.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use super::model::Record;

use crate::ron_error::DUPLICATE_KEY;

/// A map with string keys, refusing a key that is there twice.
pub fn unique_keys<'de, D, V>(d: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Unique<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for Unique<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(de::Error::custom(format!("{DUPLICATE_KEY}{key}")));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }

    d.deserialize_map(Unique(PhantomData))
}

/// A record read with [`unique_keys`].
struct UniqueRecord(Record);

impl<'de> Deserialize<'de> for UniqueRecord {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        unique_keys(d).map(UniqueRecord)
    }
}

/// Per-item answers: unique item ids, and unique fields in each record.
pub fn per_item<'de, D>(d: D) -> Result<BTreeMap<String, Record>, D::Error>
where
    D: Deserializer<'de>,
{
    let map: BTreeMap<String, UniqueRecord> = unique_keys(d)?;
    Ok(map.into_iter().map(|(k, v)| (k, v.0)).collect())
}
