//! Decoding that accepts what servers plausibly send beyond the spec: `null` for an empty list,
//! map or defaulted object (the generated types route those fields here).

use serde::{Deserialize, Deserializer};

/// Reads `null` as `T::default()`, anything else as `T`.
pub fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Holder {
        #[serde(deserialize_with = "super::null_as_default")]
        items: Vec<u32>,
    }

    #[test]
    fn null_is_the_default_and_values_decode_as_usual() {
        let null: Holder = serde_json::from_str(r#"{"items": null}"#).unwrap();
        assert_eq!(null.items, Vec::<u32>::new());
        let full: Holder = serde_json::from_str(r#"{"items": [1, 2]}"#).unwrap();
        assert_eq!(full.items, [1, 2]);
        assert!(serde_json::from_str::<Holder>(r#"{"items": "x"}"#).is_err());
        assert!(
            serde_json::from_str::<Holder>("{}").is_err(),
            "still required"
        );
    }
}
