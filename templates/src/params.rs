//! Query, header and cookie parameters on the wire, as the OpenAPI `style`, `explode` and
//! `allowReserved` fields describe them. Generated builders call [`Query`], [`header`] and
//! [`Cookies`] with the parameter's typed value; nothing here is for application code.
//!
//! A value is first serialized (with `serde`, in field order) into a small tree of scalars,
//! lists and maps, then written out:
//!
//! - **Query** ([`QueryStyle`]): `form` (`color=blue&color=black`, or `color=blue,black` when not
//!   exploded; an exploded object's properties are parameters of their own), `spaceDelimited`
//!   and `pipeDelimited` (`color=blue%20black`, `color=blue%7Cblack`; exploded, like `form`),
//!   `deepObject` (`color%5BR%5D=100`). Names and values are percent-encoded outside RFC 3986's
//!   unreserved set, spaces as `%20`, never `+`, as OpenAPI 3.1.1's style examples show; the
//!   delimiters `&`, `=` and (`form`) `,` stay as they are. With `allowReserved` a value keeps
//!   RFC 3986's reserved characters and percent-encoded triples, except those a query cannot
//!   hold or a form decoder reads specially (`[`, `]`, `#`, `&`, `=`, `+`).
//! - **Path** ([`path`], [`PathStyle`]): `simple` (`blue`, `blue,black`, `R,100,G,200` or,
//!   exploded, `R=100,G=200`), `label` (`.blue`, `.blue,black` or, exploded, `.blue.black`) and
//!   `matrix` (`;color=blue`, `;color=blue,black` or, exploded, `;color=blue;color=black`, and an
//!   exploded object `;R=100;G=200`). Names, keys and values are percent-encoded outside RFC
//!   3986's unreserved set, the delimiters stay; a segment that would be empty, `.` or `..` is
//!   refused, since a URL resolves dot segments.
//! - **Header** ([`header`]): `simple`: lists and objects joined by `,` (`R,100,G,200` or, exploded,
//!   `R=100,G=200`), nothing percent-encoded; a value a header cannot carry is an
//!   `InvalidRequest` error naming the parameter.
//! - **Cookie** ([`Cookies`]): `name=value` pairs joined by `; ` into one `Cookie` header (the
//!   client's session-cookie credential is put in front of them when the call is sent); bytes a
//!   cookie value cannot hold (RFC 6265 `cookie-octet`: controls, space, `"`, `,`, `;`, `\`,
//!   non-ASCII) and `%` are percent-encoded. A list joins its items with `,` (exploded: one pair
//!   per item), like OpenAPI 3.2's `cookie` style.
//!
//! `deepObject` nests the way Stripe and `qs` do: `name[a][b]=v` for nested objects and indexed
//! `name[0]=v` for lists (unambiguous for lists of objects: `name[0][a]=1&name[0][b]=2`). The
//! other styles define no nesting: a list inside a list or an object is an `InvalidRequest`
//! error, except an exploded object's list-valued property, which repeats its name.
//! `null` (and `None`) values, empty lists and empty objects send nothing.

use std::fmt::{self, Display};

use reqwest::header::{COOKIE, HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde::ser::{self, Impossible};

/// The `style` of a query parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryStyle {
    /// `form` (the default): `name=value`, lists repeated (exploded) or comma-separated.
    Form,
    /// `spaceDelimited`: list items or object pairs separated by `%20`.
    SpaceDelimited,
    /// `pipeDelimited`: list items or object pairs separated by `%7C`.
    PipeDelimited,
    /// `deepObject`: `name[key]=value`, nested objects and lists by more brackets.
    DeepObject,
    /// No style: a parameter the spec describes by `content` (JSON), sent as `name=` its JSON
    /// text, percent-encoded.
    Json,
}

impl QueryStyle {
    /// The style's name in the spec.
    fn as_str(self) -> &'static str {
        match self {
            Self::Form => "form",
            Self::SpaceDelimited => "spaceDelimited",
            Self::PipeDelimited => "pipeDelimited",
            Self::DeepObject => "deepObject",
            Self::Json => "content",
        }
    }

    /// The encoded separator of a non-exploded list or object.
    fn separator(self) -> &'static str {
        match self {
            Self::Form | Self::DeepObject | Self::Json => ",",
            Self::SpaceDelimited => "%20",
            Self::PipeDelimited => "%7C",
        }
    }
}

/// A query string under construction: each parameter appends its encoded pairs.
#[derive(Clone, Debug, Default)]
pub struct Query {
    pairs: Vec<String>,
}

impl Query {
    /// No parameters yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends the parameter `name` with `value` in `style`; `None` and `null` add nothing.
    #[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
    pub fn push<T, E>(
        &mut self,
        name: &str,
        value: &T,
        style: QueryStyle,
        explode: bool,
        allow_reserved: bool,
    ) -> Result<(), progenitor_client::Error<E>>
    where
        T: Serialize + ?Sized,
    {
        self.add(name, value, style, explode, allow_reserved)
            .map_err(progenitor_client::Error::InvalidRequest)
    }

    fn add<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: QueryStyle,
        explode: bool,
        allow_reserved: bool,
    ) -> Result<(), String> {
        let what = || format!("query parameter `{name}` (style {})", style.as_str());
        let text = |s: &str| encode_query(s, allow_reserved);
        let key = encode_query(name, false);
        if style == QueryStyle::Json {
            if let Some(json) = json_text(value).map_err(|e| format!("{}: {e}", what()))? {
                self.pairs.push(format!("{key}={}", text(&json)));
            }
            return Ok(());
        }
        let node = to_node(value).map_err(|e| format!("{}: {e}", what()))?;
        match (&node, style) {
            (Node::Null, _) => {}
            (Node::Scalar(s), _) => self.pairs.push(format!("{key}={}", text(s))),
            (Node::List(_) | Node::Map(_), QueryStyle::DeepObject) => {
                deep(&key, &node, &text, &mut self.pairs);
            }
            (Node::List(items), _) => {
                let items =
                    scalars(items).ok_or_else(|| format!("{} holds a nested value", what()))?;
                if explode {
                    self.pairs
                        .extend(items.iter().map(|item| format!("{key}={}", text(item))));
                } else if !items.is_empty() {
                    let joined: Vec<String> = items.iter().map(|item| text(item)).collect();
                    self.pairs
                        .push(format!("{key}={}", joined.join(style.separator())));
                }
            }
            (Node::Map(entries), _) if explode => {
                for (field, value) in entries {
                    let field = encode_query(field, false);
                    match value {
                        Node::Null => {}
                        Node::Scalar(s) => self.pairs.push(format!("{field}={}", text(s))),
                        Node::List(items) => {
                            let items = scalars(items)
                                .ok_or_else(|| format!("{} holds a nested value", what()))?;
                            self.pairs
                                .extend(items.iter().map(|item| format!("{field}={}", text(item))));
                        }
                        Node::Map(_) => return Err(format!("{} holds a nested object", what())),
                    }
                }
            }
            (Node::Map(entries), _) => {
                let flat = flat_pairs(entries)
                    .ok_or_else(|| format!("{} holds a nested value", what()))?;
                if !flat.is_empty() {
                    let parts: Vec<String> = flat
                        .iter()
                        .flat_map(|(k, v)| [encode_query(k, false), text(v)])
                        .collect();
                    self.pairs
                        .push(format!("{key}={}", parts.join(style.separator())));
                }
            }
        }
        Ok(())
    }

    /// The encoded query string (`a=1&b=2`), empty when no parameter added anything.
    pub fn encoded(&self) -> String {
        self.pairs.join("&")
    }

    /// Appends the parameters to the request's URL (after any query it already has).
    pub fn apply(self, request: &mut reqwest::Request) {
        if self.pairs.is_empty() {
            return;
        }
        let url = request.url_mut();
        let query = match url.query() {
            Some(existing) if !existing.is_empty() => format!("{existing}&{}", self.encoded()),
            _ => self.encoded(),
        };
        url.set_query(Some(&query));
    }
}

/// `deepObject`: `name[key]=value` for every scalar, depth first, lists by index.
fn deep(prefix: &str, node: &Node, text: &impl Fn(&str) -> String, out: &mut Vec<String>) {
    match node {
        Node::Null => {}
        Node::Scalar(s) => out.push(format!("{prefix}={}", text(s))),
        Node::List(items) => {
            for (i, item) in items.iter().enumerate() {
                deep(&format!("{prefix}%5B{i}%5D"), item, text, out);
            }
        }
        Node::Map(entries) => {
            for (field, value) in entries {
                let field = encode_query(field, false);
                deep(&format!("{prefix}%5B{field}%5D"), value, text, out);
            }
        }
    }
}

/// The `style` of a path parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathStyle {
    /// `blue`, `blue,black`.
    Simple,
    /// `.blue`, `.blue,black` (exploded: `.blue.black`).
    Label,
    /// `;color=blue`, `;color=blue,black` (exploded: `;color=blue;color=black`).
    Matrix,
}

/// The URL text of the path parameter `name` in `style`: what replaces `{name}` in the path.
#[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
pub fn path<T, E>(
    name: &str,
    style: PathStyle,
    explode: bool,
    value: &T,
) -> Result<String, progenitor_client::Error<E>>
where
    T: Serialize + ?Sized,
{
    path_text(name, style, explode, value).map_err(progenitor_client::Error::InvalidRequest)
}

fn path_text<T: Serialize + ?Sized>(
    name: &str,
    style: PathStyle,
    explode: bool,
    value: &T,
) -> Result<String, String> {
    let node = to_node(value).map_err(|e| format!("path parameter `{name}`: {e}"))?;
    let enc = |text: &str| {
        percent_encoding::utf8_percent_encode(text, crate::transport::UNRESERVED).to_string()
    };
    let nested = || format!("path parameter `{name}` holds a nested value");
    // The parts after the style's prefix, and what joins them.
    let (parts, exploded_pairs): (Vec<String>, bool) = match &node {
        Node::Null => return Err(format!("path parameter `{name}` has no value")),
        Node::Scalar(s) => (vec![enc(s)], false),
        Node::List(items) => (
            scalars(items)
                .ok_or_else(nested)?
                .iter()
                .map(|s| enc(s))
                .collect(),
            false,
        ),
        Node::Map(entries) => {
            let pairs = flat_pairs(entries).ok_or_else(nested)?;
            let parts = if explode {
                pairs
                    .iter()
                    .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
                    .collect()
            } else {
                pairs.iter().flat_map(|(k, v)| [enc(k), enc(v)]).collect()
            };
            (parts, explode)
        }
    };
    let name = enc(name);
    let text = match (style, explode) {
        (PathStyle::Simple, _) => parts.join(","),
        (PathStyle::Label, false) => format!(".{}", parts.join(",")),
        (PathStyle::Label, true) => parts.iter().map(|p| format!(".{p}")).collect(),
        (PathStyle::Matrix, false) => format!(";{name}={}", parts.join(",")),
        // An exploded object's pairs name themselves; a list's items repeat the name.
        (PathStyle::Matrix, true) if exploded_pairs => {
            parts.iter().map(|p| format!(";{p}")).collect()
        }
        (PathStyle::Matrix, true) => parts.iter().map(|p| format!(";{name}={p}")).collect(),
    };
    match text.as_str() {
        "" => Err(format!("path parameter `{name}` is empty")),
        "." | ".." => Err(format!(
            "path parameter `{name}` is {text:?}, which a URL resolves as a dot segment"
        )),
        _ => Ok(text),
    }
}

/// Sets the header parameter `name` to `value` in the `simple` style; `None`, `null` and empty
/// lists or objects send nothing.
#[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
pub fn header<T, E>(
    headers: &mut HeaderMap,
    name: &str,
    value: &T,
    explode: bool,
) -> Result<(), progenitor_client::Error<E>>
where
    T: Serialize + ?Sized,
{
    add_header(headers, name, value, explode).map_err(progenitor_client::Error::InvalidRequest)
}

/// Sets the header parameter `name`, which the spec describes by `content` (JSON), to the JSON
/// text of `value`; `None` and `null` send nothing.
#[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
pub fn header_json<T, E>(
    headers: &mut HeaderMap,
    name: &str,
    value: &T,
) -> Result<(), progenitor_client::Error<E>>
where
    T: Serialize + ?Sized,
{
    let text = json_text(value).map_err(|e| {
        progenitor_client::Error::InvalidRequest(format!("header parameter `{name}`: {e}"))
    })?;
    match text {
        Some(text) => set_header(headers, name, &text),
        None => Ok(()),
    }
    .map_err(progenitor_client::Error::InvalidRequest)
}

/// The JSON text of a value; `None` for `null` (an absent optional parameter).
fn json_text<T: Serialize + ?Sized>(value: &T) -> Result<Option<String>, serde_json::Error> {
    let text = serde_json::to_string(value)?;
    Ok((text != "null").then_some(text))
}

fn add_header<T: Serialize + ?Sized>(
    headers: &mut HeaderMap,
    name: &str,
    value: &T,
    explode: bool,
) -> Result<(), String> {
    let node = to_node(value).map_err(|e| format!("header parameter `{name}`: {e}"))?;
    let Some(text) = simple(&node, explode, "=")
        .ok_or_else(|| format!("header parameter `{name}` holds a nested value"))?
    else {
        return Ok(());
    };
    set_header(headers, name, &text)
}

/// Appends the header, refusing a name or value no header can carry.
fn set_header(headers: &mut HeaderMap, name: &str, text: &str) -> Result<(), String> {
    let header_name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| format!("header parameter `{name}` is not a valid header name"))?;
    // Visible ASCII, spaces and tabs: `HeaderValue` would also take other bytes as opaque
    // `obs-text`, which RFC 9110 leaves to each recipient.
    let visible = text
        .bytes()
        .all(|b| b == b'\t' || (0x20..0x7F).contains(&b));
    let header_value = HeaderValue::from_str(text)
        .ok()
        .filter(|_| visible)
        .ok_or_else(|| {
            format!(
                "header parameter `{name}` is not a valid header value \
             (visible ASCII, spaces and tabs only): {text:?}"
            )
        })?;
    headers.append(header_name, header_value);
    Ok(())
}

/// The `simple` text of a value: `None` when it holds a nested list or object, `Some(None)`
/// when it sends nothing. `pair` joins an exploded object's keys and values.
fn simple(node: &Node, explode: bool, pair: &str) -> Option<Option<String>> {
    Some(match node {
        Node::Null => None,
        Node::Scalar(s) => Some(s.clone()),
        Node::List(items) => {
            let items = scalars(items)?;
            (!items.is_empty()).then(|| items.join(","))
        }
        Node::Map(entries) => {
            let flat = flat_pairs(entries)?;
            let parts: Vec<String> = flat
                .iter()
                .map(|(k, v)| {
                    if explode {
                        format!("{k}{pair}{v}")
                    } else {
                        format!("{k},{v}")
                    }
                })
                .collect();
            (!parts.is_empty()).then(|| parts.join(","))
        }
    })
}

/// The cookie parameters of one call, sent as one `Cookie` header.
#[derive(Clone, Debug, Default)]
pub struct Cookies {
    pairs: Vec<String>,
}

impl Cookies {
    /// No cookies yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the cookie parameter `name` (an RFC 6265 token, checked by the generator) with
    /// `value`; `None` and `null` add nothing.
    #[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
    pub fn push<T, E>(
        &mut self,
        name: &str,
        value: &T,
        explode: bool,
    ) -> Result<(), progenitor_client::Error<E>>
    where
        T: Serialize + ?Sized,
    {
        self.add(name, value, explode)
            .map_err(progenitor_client::Error::InvalidRequest)
    }

    /// Adds the cookie parameter `name`, which the spec describes by `content` (JSON), with the
    /// JSON text of `value`, encoded as a cookie value; `None` and `null` add nothing.
    #[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
    pub fn push_json<T, E>(
        &mut self,
        name: &str,
        value: &T,
    ) -> Result<(), progenitor_client::Error<E>>
    where
        T: Serialize + ?Sized,
    {
        let text = json_text(value).map_err(|e| {
            progenitor_client::Error::InvalidRequest(format!("cookie parameter `{name}`: {e}"))
        })?;
        if let Some(text) = text {
            self.pairs.push(format!("{name}={}", encode_cookie(&text)));
        }
        Ok(())
    }

    fn add<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        explode: bool,
    ) -> Result<(), String> {
        let nested = || format!("cookie parameter `{name}` holds a nested value");
        let node = to_node(value).map_err(|e| format!("cookie parameter `{name}`: {e}"))?;
        match &node {
            Node::List(items) if explode => {
                let items = scalars(items).ok_or_else(nested)?;
                self.pairs.extend(
                    items
                        .iter()
                        .map(|item| format!("{name}={}", encode_cookie(item))),
                );
            }
            Node::Map(entries) if explode => {
                let flat = flat_pairs(entries).ok_or_else(nested)?;
                self.pairs.extend(
                    flat.iter()
                        .map(|(k, v)| format!("{}={}", encode_cookie(k), encode_cookie(v))),
                );
            }
            Node::List(items) => {
                let items = scalars(items).ok_or_else(nested)?;
                if !items.is_empty() {
                    let joined: Vec<String> = items.iter().map(|i| encode_cookie(i)).collect();
                    self.pairs.push(format!("{name}={}", joined.join(",")));
                }
            }
            Node::Map(entries) => {
                let flat = flat_pairs(entries).ok_or_else(nested)?;
                if !flat.is_empty() {
                    let parts: Vec<String> = flat
                        .iter()
                        .flat_map(|(k, v)| [encode_cookie(k), encode_cookie(v)])
                        .collect();
                    self.pairs.push(format!("{name}={}", parts.join(",")));
                }
            }
            Node::Null => {}
            Node::Scalar(s) => self.pairs.push(format!("{name}={}", encode_cookie(s))),
        }
        Ok(())
    }

    /// The `Cookie` header value (`a=1; b=2`), empty when no cookie was added.
    pub fn encoded(&self) -> String {
        self.pairs.join("; ")
    }

    /// Sets the `Cookie` header of `headers` to these cookies (nothing when there are none).
    #[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
    pub fn apply<E>(self, headers: &mut HeaderMap) -> Result<(), progenitor_client::Error<E>> {
        if self.pairs.is_empty() {
            return Ok(());
        }
        // Every byte outside `cookie-octet` was percent-encoded: always a valid value.
        let value = HeaderValue::from_str(&self.encoded()).map_err(|e| {
            progenitor_client::Error::InvalidRequest(format!("cookie parameters: {e}"))
        })?;
        headers.insert(COOKIE, value);
        Ok(())
    }
}

/// Leaves `headers` with at most one `Cookie` header. With a session-cookie `credential`, it
/// holds the credential and then `own` (the operation's cookie parameters); a caller's own
/// `Cookie` headers (`RequestOptions::header`) give way to it, as every credential header does.
/// Without one, the cookie parameters and the caller's cookies are joined.
pub(crate) fn settle_cookies(
    headers: &mut HeaderMap,
    own: &[HeaderValue],
    credential: Option<&HeaderValue>,
) {
    let merged = match credential {
        Some(credential) => merge_cookies(Some(credential), own),
        None => {
            if headers.get_all(COOKIE).iter().nth(1).is_none() {
                return;
            }
            let all: Vec<HeaderValue> = headers.get_all(COOKIE).iter().cloned().collect();
            merge_cookies(None, &all)
        }
    };
    headers.remove(COOKIE);
    if let Some(merged) = merged {
        headers.insert(COOKIE, merged);
    }
}

/// One `Cookie` header value from the credential (first) and the call's own cookies, joined by
/// `; `; marked sensitive when the credential is part of it. `None` when there are none.
pub(crate) fn merge_cookies<'a>(
    credential: Option<&'a HeaderValue>,
    others: impl IntoIterator<Item = &'a HeaderValue>,
) -> Option<HeaderValue> {
    let mut bytes = Vec::new();
    for value in credential.into_iter().chain(others) {
        if value.is_empty() {
            continue;
        }
        if !bytes.is_empty() {
            bytes.extend_from_slice(b"; ");
        }
        bytes.extend_from_slice(value.as_bytes());
    }
    if bytes.is_empty() {
        return None;
    }
    // Valid header values joined by "; " are a valid header value.
    let mut value = HeaderValue::from_bytes(&bytes).ok()?;
    value.set_sensitive(credential.is_some());
    Some(value)
}

/// Every item's text, when every item is a scalar (`null` items skipped).
fn scalars(items: &[Node]) -> Option<Vec<String>> {
    items
        .iter()
        .filter(|item| !matches!(item, Node::Null))
        .map(|item| match item {
            Node::Scalar(s) => Some(s.clone()),
            _ => None,
        })
        .collect()
}

/// An object's `(key, text)` pairs, when every value is a scalar (`null` values skipped).
fn flat_pairs(entries: &[(String, Node)]) -> Option<Vec<(String, String)>> {
    entries
        .iter()
        .filter(|(_, value)| !matches!(value, Node::Null))
        .map(|(key, value)| match value {
            Node::Scalar(s) => Some((key.clone(), s.clone())),
            _ => None,
        })
        .collect()
}

fn hex(byte: u8, out: &mut String) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(DIGITS[usize::from(byte >> 4)] as char);
    out.push(DIGITS[usize::from(byte & 0xF)] as char);
}

/// RFC 3986 unreserved bytes.
fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes a query name or value: every byte outside the unreserved set, or with
/// `allow_reserved`, outside the unreserved and reserved sets a query holds literally (not `[`,
/// `]`, `#`, `&`, `=`, `+`), percent-encoded triples kept.
fn encode_query(text: &str, allow_reserved: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let triple = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if allow_reserved && triple {
            out.push_str(&text[i..i + 3]);
            i += 3;
            continue;
        }
        let reserved_kept = allow_reserved
            && matches!(
                b,
                b':' | b'/' | b'?' | b'@' | b'!' | b'$' | b'\'' | b'(' | b')' | b'*' | b',' | b';'
            );
        if unreserved(b) || reserved_kept {
            out.push(b as char);
        } else {
            hex(b, &mut out);
        }
        i += 1;
    }
    out
}

/// Percent-encodes a cookie value: `%` and every byte outside RFC 6265 `cookie-octet`.
fn encode_cookie(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        let octet = matches!(b, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E);
        if octet && b != b'%' {
            out.push(b as char);
        } else {
            hex(b, &mut out);
        }
    }
    out
}

/// A parameter value as the styles see it.
#[derive(Clone, Debug, PartialEq)]
enum Node {
    Null,
    Scalar(String),
    List(Vec<Node>),
    /// Keys in serialization order (a struct's field order).
    Map(Vec<(String, Node)>),
}

/// Why a value could not be turned into a [`Node`].
#[derive(Debug)]
struct NodeError(String);

impl Display for NodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NodeError {}

impl ser::Error for NodeError {
    fn custom<T: Display>(msg: T) -> Self {
        Self(msg.to_string())
    }
}

fn to_node<T: Serialize + ?Sized>(value: &T) -> Result<Node, NodeError> {
    value.serialize(NodeSerializer)
}

struct NodeSerializer;

fn scalar(text: impl ToString) -> Result<Node, NodeError> {
    Ok(Node::Scalar(text.to_string()))
}

impl ser::Serializer for NodeSerializer {
    type Ok = Node;
    type Error = NodeError;
    type SerializeSeq = ListBuilder;
    type SerializeTuple = ListBuilder;
    type SerializeTupleStruct = ListBuilder;
    type SerializeTupleVariant = VariantBuilder<ListBuilder>;
    type SerializeMap = MapBuilder;
    type SerializeStruct = MapBuilder;
    type SerializeStructVariant = VariantBuilder<MapBuilder>;

    fn serialize_bool(self, v: bool) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i8(self, v: i8) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_i128(self, v: i128) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_u128(self, v: u128) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Node, NodeError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Node, NodeError> {
        if v.is_finite() {
            scalar(v)
        } else {
            Err(NodeError(format!("{v} is not a number JSON can carry")))
        }
    }
    fn serialize_char(self, v: char) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_str(self, v: &str) -> Result<Node, NodeError> {
        scalar(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Node, NodeError> {
        Ok(Node::List(
            v.iter().map(|b| Node::Scalar(b.to_string())).collect(),
        ))
    }
    fn serialize_none(self) -> Result<Node, NodeError> {
        Ok(Node::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Node, NodeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Node, NodeError> {
        Ok(Node::Null)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Node, NodeError> {
        Ok(Node::Null)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Node, NodeError> {
        scalar(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Node, NodeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Node, NodeError> {
        Ok(Node::Map(vec![(variant.to_owned(), to_node(value)?)]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<ListBuilder, NodeError> {
        Ok(ListBuilder(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<ListBuilder, NodeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<ListBuilder, NodeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<VariantBuilder<ListBuilder>, NodeError> {
        Ok(VariantBuilder(
            variant,
            ListBuilder(Vec::with_capacity(len)),
        ))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<MapBuilder, NodeError> {
        Ok(MapBuilder {
            entries: Vec::with_capacity(len.unwrap_or(0)),
            key: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<MapBuilder, NodeError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<VariantBuilder<MapBuilder>, NodeError> {
        Ok(VariantBuilder(variant, self.serialize_map(Some(len))?))
    }
}

struct ListBuilder(Vec<Node>);

impl ser::SerializeSeq for ListBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NodeError> {
        self.0.push(to_node(value)?);
        Ok(())
    }
    fn end(self) -> Result<Node, NodeError> {
        Ok(Node::List(self.0))
    }
}

impl ser::SerializeTuple for ListBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NodeError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Node, NodeError> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for ListBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NodeError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Node, NodeError> {
        ser::SerializeSeq::end(self)
    }
}

struct MapBuilder {
    entries: Vec<(String, Node)>,
    key: Option<String>,
}

impl ser::SerializeMap for MapBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), NodeError> {
        self.key = Some(key.serialize(KeySerializer)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NodeError> {
        let key = self
            .key
            .take()
            .ok_or_else(|| NodeError("a map value without its key".to_owned()))?;
        self.entries.push((key, to_node(value)?));
        Ok(())
    }
    fn end(self) -> Result<Node, NodeError> {
        Ok(Node::Map(self.entries))
    }
}

impl ser::SerializeStruct for MapBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NodeError> {
        self.entries.push((key.to_owned(), to_node(value)?));
        Ok(())
    }
    fn end(self) -> Result<Node, NodeError> {
        Ok(Node::Map(self.entries))
    }
}

/// An enum's tuple or struct variant: `{variant: value}`, as JSON has it.
struct VariantBuilder<B>(&'static str, B);

impl ser::SerializeTupleVariant for VariantBuilder<ListBuilder> {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NodeError> {
        ser::SerializeSeq::serialize_element(&mut self.1, value)
    }
    fn end(self) -> Result<Node, NodeError> {
        let inner = ser::SerializeSeq::end(self.1)?;
        Ok(Node::Map(vec![(self.0.to_owned(), inner)]))
    }
}

impl ser::SerializeStructVariant for VariantBuilder<MapBuilder> {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NodeError> {
        ser::SerializeStruct::serialize_field(&mut self.1, key, value)
    }
    fn end(self) -> Result<Node, NodeError> {
        let inner = ser::SerializeStruct::end(self.1)?;
        Ok(Node::Map(vec![(self.0.to_owned(), inner)]))
    }
}

/// Map keys: strings, and scalars written as text (as JSON object keys are).
struct KeySerializer;

fn key_error() -> NodeError {
    NodeError("an object key must be a string or a number".to_owned())
}

impl ser::Serializer for KeySerializer {
    type Ok = String;
    type Error = NodeError;
    type SerializeSeq = Impossible<String, NodeError>;
    type SerializeTuple = Impossible<String, NodeError>;
    type SerializeTupleStruct = Impossible<String, NodeError>;
    type SerializeTupleVariant = Impossible<String, NodeError>;
    type SerializeMap = Impossible<String, NodeError>;
    type SerializeStruct = Impossible<String, NodeError>;
    type SerializeStructVariant = Impossible<String, NodeError>;

    fn serialize_bool(self, v: bool) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, v: f32) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_f64(self, v: f64) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_char(self, v: char) -> Result<String, NodeError> {
        Ok(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<String, NodeError> {
        Ok(v.to_owned())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<String, NodeError> {
        Err(key_error())
    }
    fn serialize_none(self) -> Result<String, NodeError> {
        Err(key_error())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<String, NodeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, NodeError> {
        Err(key_error())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<String, NodeError> {
        Err(key_error())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<String, NodeError> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<String, NodeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<String, NodeError> {
        Err(key_error())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, NodeError> {
        Err(key_error())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, NodeError> {
        Err(key_error())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, NodeError> {
        Err(key_error())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, NodeError> {
        Err(key_error())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, NodeError> {
        Err(key_error())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, NodeError> {
        Err(key_error())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, NodeError> {
        Err(key_error())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::*;

    /// The spec's `color` object, in its own field order (R, G, B).
    #[derive(Serialize)]
    struct Rgb {
        #[serde(rename = "R")]
        r: u8,
        #[serde(rename = "G")]
        g: u8,
        #[serde(rename = "B")]
        b: u8,
    }

    const RGB: Rgb = Rgb {
        r: 100,
        g: 200,
        b: 150,
    };
    const ARRAY: [&str; 3] = ["blue", "black", "brown"];

    fn query<T: Serialize + ?Sized>(value: &T, style: QueryStyle, explode: bool) -> String {
        let mut query = Query::new();
        query.add("color", value, style, explode, false).unwrap();
        query.encoded()
    }

    /// OpenAPI 3.1.1, "Style Examples": every path cell (`simple`, `label`, `matrix`).
    #[test]
    fn path_styles_match_the_spec_examples() {
        use PathStyle::*;
        let cells: [(PathStyle, bool, [&str; 3]); 6] = [
            (
                Simple,
                false,
                ["blue", "blue,black,brown", "R,100,G,200,B,150"],
            ),
            (
                Simple,
                true,
                ["blue", "blue,black,brown", "R=100,G=200,B=150"],
            ),
            (
                Label,
                false,
                [".blue", ".blue,black,brown", ".R,100,G,200,B,150"],
            ),
            (
                Label,
                true,
                [".blue", ".blue.black.brown", ".R=100.G=200.B=150"],
            ),
            (
                Matrix,
                false,
                [
                    ";color=blue",
                    ";color=blue,black,brown",
                    ";color=R,100,G,200,B,150",
                ],
            ),
            (
                Matrix,
                true,
                [
                    ";color=blue",
                    ";color=blue;color=black;color=brown",
                    ";R=100;G=200;B=150",
                ],
            ),
        ];
        for (style, explode, [string, array, object]) in cells {
            let cell = |text: Result<String, String>| text.unwrap();
            let at = format!("{style:?} {explode}");
            assert_eq!(
                cell(path_text("color", style, explode, "blue")),
                string,
                "{at}"
            );
            assert_eq!(
                cell(path_text("color", style, explode, &ARRAY)),
                array,
                "{at}"
            );
            assert_eq!(
                cell(path_text("color", style, explode, &RGB)),
                object,
                "{at}"
            );
        }
    }

    #[test]
    fn a_path_value_stays_in_its_segment_and_is_never_a_dot_segment() {
        let text = |style, value: &str| path_text("id", style, false, value);
        assert_eq!(text(PathStyle::Simple, "a/b?c").unwrap(), "a%2Fb%3Fc");
        assert_eq!(text(PathStyle::Label, "a.b").unwrap(), ".a.b");
        assert_eq!(
            path_text("my id", PathStyle::Matrix, false, "x;y").unwrap(),
            ";my%20id=x%3By"
        );
        for (style, value) in [
            (PathStyle::Simple, ""),
            (PathStyle::Simple, "."),
            (PathStyle::Simple, ".."),
            (PathStyle::Label, ""),
            (PathStyle::Label, "."),
        ] {
            assert!(text(style, value).is_err(), "{style:?} {value:?}");
        }
        assert!(path_text("id", PathStyle::Simple, false, &Option::<i64>::None).is_err());
        assert!(path_text("id", PathStyle::Simple, false, &[["a"]]).is_err());
    }

    /// OpenAPI 3.1.1, "Style Examples": every defined query cell.
    #[test]
    fn query_styles_match_the_spec_examples() {
        use QueryStyle::*;
        let cases: [(QueryStyle, bool, &str, &str, &str, &str); 5] = [
            (
                Form,
                false,
                "color=",
                "color=blue",
                "color=blue,black,brown",
                "color=R,100,G,200,B,150",
            ),
            (
                Form,
                true,
                "color=",
                "color=blue",
                "color=blue&color=black&color=brown",
                "R=100&G=200&B=150",
            ),
            (
                SpaceDelimited,
                false,
                "color=",
                "color=blue",
                "color=blue%20black%20brown",
                "color=R%20100%20G%20200%20B%20150",
            ),
            (
                PipeDelimited,
                false,
                "color=",
                "color=blue",
                "color=blue%7Cblack%7Cbrown",
                "color=R%7C100%7CG%7C200%7CB%7C150",
            ),
            (
                DeepObject,
                true,
                "color=",
                "color=blue",
                "color%5B0%5D=blue&color%5B1%5D=black&color%5B2%5D=brown",
                "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
            ),
        ];
        for (style, explode, empty, string, array, object) in cases {
            let at = format!("{style:?} explode={explode}");
            assert_eq!(query("", style, explode), empty, "{at}");
            assert_eq!(query("blue", style, explode), string, "{at}");
            assert_eq!(query(&ARRAY, style, explode), array, "{at}");
            assert_eq!(query(&RGB, style, explode), object, "{at}");
        }
    }

    #[test]
    fn undefined_style_combinations_follow_the_documented_rule() {
        // Exploded space/pipe lists repeat the name, as form does.
        assert_eq!(
            query(&ARRAY, QueryStyle::PipeDelimited, true),
            "color=blue&color=black&color=brown"
        );
        assert_eq!(
            query(&RGB, QueryStyle::SpaceDelimited, true),
            "R=100&G=200&B=150"
        );
        // deepObject ignores explode.
        assert_eq!(
            query(&RGB, QueryStyle::DeepObject, false),
            query(&RGB, QueryStyle::DeepObject, true)
        );
    }

    /// A parameter described by `content` (JSON) is one JSON text, percent-encoded in a query
    /// and as a cookie value, as it is in a header; `None` sends nothing.
    #[test]
    fn content_parameters_send_their_json_text() {
        assert_eq!(
            query(&RGB, QueryStyle::Json, true),
            "color=%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D"
        );
        assert_eq!(
            query(&ARRAY, QueryStyle::Json, false),
            "color=%5B%22blue%22%2C%22black%22%2C%22brown%22%5D"
        );
        assert_eq!(query(&None::<Rgb>, QueryStyle::Json, true), "");

        let mut headers = HeaderMap::new();
        header_json::<_, ()>(&mut headers, "X-Filter", &RGB).unwrap();
        header_json::<_, ()>(&mut headers, "X-None", &None::<Rgb>).unwrap();
        assert_eq!(headers.len(), 1);
        assert_eq!(headers["x-filter"], r#"{"R":100,"G":200,"B":150}"#);
        // Text no header can carry is refused, not sent.
        assert!(header_json::<_, ()>(&mut headers, "X-Bad", &"caf\u{e9}").is_err());

        let mut cookies = Cookies::new();
        cookies.push_json::<_, ()>("prefs", &ARRAY).unwrap();
        cookies.push_json::<_, ()>("none", &None::<Rgb>).unwrap();
        // RFC 6265 cookie-octets keep `[` and `]`; `"` and `,` are encoded.
        assert_eq!(
            cookies.encoded(),
            "prefs=[%22blue%22%2C%22black%22%2C%22brown%22]"
        );
    }

    #[test]
    fn absent_and_empty_values_send_nothing() {
        let none: Option<Vec<String>> = None;
        let empty: Vec<String> = Vec::new();
        let empty_map: BTreeMap<String, String> = BTreeMap::new();
        for style in [
            QueryStyle::Form,
            QueryStyle::SpaceDelimited,
            QueryStyle::PipeDelimited,
            QueryStyle::DeepObject,
        ] {
            for explode in [false, true] {
                assert_eq!(query(&none, style, explode), "");
                assert_eq!(query(&empty, style, explode), "");
                assert_eq!(query(&empty_map, style, explode), "");
                assert_eq!(query(&Some(7), style, explode), "color=7");
            }
        }
    }

    /// Stripe's nesting: `created[gte]`, lists by index, objects in lists.
    #[test]
    fn deep_objects_nest_by_brackets_and_index_lists() {
        let value = serde_json::json!({
            "created": {"gte": 5, "lt": 9},
            "expand": ["data.customer", "data.invoice"],
            "items": [{"price": "p_1", "quantity": 2}],
            "skip": null,
        });
        assert_eq!(
            {
                let mut q = Query::new();
                q.add("filter", &value, QueryStyle::DeepObject, true, false)
                    .unwrap();
                q.encoded()
            },
            "filter%5Bcreated%5D%5Bgte%5D=5&filter%5Bcreated%5D%5Blt%5D=9\
             &filter%5Bexpand%5D%5B0%5D=data.customer&filter%5Bexpand%5D%5B1%5D=data.invoice\
             &filter%5Bitems%5D%5B0%5D%5Bprice%5D=p_1&filter%5Bitems%5D%5B0%5D%5Bquantity%5D=2"
        );
    }

    #[test]
    fn names_and_values_are_percent_encoded_and_delimiters_are_not() {
        let values = ["a b", "x,y", "1+1=2", "é&#"];
        assert_eq!(
            query(&values, QueryStyle::Form, false),
            "color=a%20b,x%2Cy,1%2B1%3D2,%C3%A9%26%23"
        );
        let mut q = Query::new();
        q.add("page[size]", &10, QueryStyle::Form, true, false)
            .unwrap();
        assert_eq!(q.encoded(), "page%5Bsize%5D=10");
    }

    #[test]
    fn allow_reserved_keeps_reserved_characters_a_query_can_hold() {
        let mut q = Query::new();
        q.add(
            "path",
            "/a/b?c=d:e@f!$'()*,;[x]#y+z%2Fw%zz",
            QueryStyle::Form,
            true,
            true,
        )
        .unwrap();
        assert_eq!(
            q.encoded(),
            "path=/a/b?c%3Dd:e@f!$'()*,;%5Bx%5D%23y%2Bz%2Fw%25zz"
        );
    }

    #[test]
    fn values_a_style_cannot_express_are_errors_naming_the_parameter() {
        let nested = vec![vec![1, 2]];
        let mut q = Query::new();
        let error = q
            .add("matrix", &nested, QueryStyle::Form, true, false)
            .unwrap_err();
        assert!(error.contains("`matrix`"), "{error}");
        let error = q
            .add("x", &f64::NAN, QueryStyle::Form, true, false)
            .unwrap_err();
        assert!(error.contains("`x`"), "{error}");
        assert_eq!(q.encoded(), "");
    }

    #[test]
    fn the_url_keeps_its_own_query() {
        let url = url::Url::parse("http://h/v1/x?fixed=1").unwrap();
        let mut request = reqwest::Request::new(reqwest::Method::GET, url);
        let mut q = Query::new();
        q.add("a b", "c d", QueryStyle::Form, true, false).unwrap();
        q.apply(&mut request);
        assert_eq!(request.url().as_str(), "http://h/v1/x?fixed=1&a%20b=c%20d");
    }

    fn header_text<T: Serialize + ?Sized>(
        value: &T,
        explode: bool,
    ) -> Result<Option<String>, String> {
        let mut headers = HeaderMap::new();
        add_header(&mut headers, "X-Color", value, explode)?;
        Ok(headers
            .get("x-color")
            .map(|v| v.to_str().unwrap().to_owned()))
    }

    /// OpenAPI 3.1.1, "Style Examples", the `simple` rows.
    #[test]
    fn headers_use_the_simple_style() {
        for explode in [false, true] {
            assert_eq!(
                header_text("blue", explode).unwrap().as_deref(),
                Some("blue")
            );
            assert_eq!(header_text("", explode).unwrap().as_deref(), Some(""));
            assert_eq!(
                header_text(&ARRAY, explode).unwrap().as_deref(),
                Some("blue,black,brown")
            );
            assert_eq!(header_text(&None::<u8>, explode).unwrap(), None);
        }
        assert_eq!(
            header_text(&RGB, false).unwrap().as_deref(),
            Some("R,100,G,200,B,150")
        );
        assert_eq!(
            header_text(&RGB, true).unwrap().as_deref(),
            Some("R=100,G=200,B=150")
        );
    }

    #[test]
    fn a_value_a_header_cannot_carry_is_an_error_not_a_panic() {
        let error = header_text("line\nbreak", false).unwrap_err();
        assert!(error.contains("`X-Color`"), "{error}");
        let error = header_text("naïve", false).unwrap_err();
        assert!(error.contains("not a valid header value"), "{error}");
        let error = header_text(&serde_json::json!([{"a": 1}]), false).unwrap_err();
        assert!(error.contains("nested"), "{error}");
        let mut headers = HeaderMap::new();
        let error = add_header(&mut headers, "bad name", "v", false).unwrap_err();
        assert!(error.contains("not a valid header name"), "{error}");
    }

    #[test]
    fn cookies_are_pairs_with_values_encoded_to_stay_cookie_octets() {
        let mut cookies = Cookies::new();
        cookies
            .add("theme", "dark mode; x=\"1\",\\é%", false)
            .unwrap();
        cookies.add("ids", &[1, 2, 3], false).unwrap();
        cookies.add("tag", &["a", "b"], true).unwrap();
        cookies.add("rgb", &RGB, true).unwrap();
        cookies.add("packed", &RGB, false).unwrap();
        cookies.add("unset", &None::<String>, false).unwrap();
        assert_eq!(
            cookies.encoded(),
            "theme=dark%20mode%3B%20x=%221%22%2C%5C%C3%A9%25; ids=1,2,3; tag=a; tag=b; \
             R=100; G=200; B=150; packed=R,100,G,200,B,150"
        );
        let mut headers = HeaderMap::new();
        cookies.apply::<()>(&mut headers).unwrap();
        assert_eq!(headers.get_all(COOKIE).iter().count(), 1);
    }

    #[test]
    fn no_cookies_no_header() {
        let mut headers = HeaderMap::new();
        Cookies::new().apply::<()>(&mut headers).unwrap();
        assert!(headers.get(COOKIE).is_none());
    }

    #[test]
    fn the_credential_and_the_call_cookies_merge_into_one_sensitive_value() {
        let credential = HeaderValue::from_static("session=s1");
        let own = [
            HeaderValue::from_static("theme=dark"),
            HeaderValue::from_static("ids=1,2"),
        ];
        let merged = merge_cookies(Some(&credential), &own).unwrap();
        assert_eq!(merged, "session=s1; theme=dark; ids=1,2");
        assert!(merged.is_sensitive());
        let without = merge_cookies(None, &own).unwrap();
        assert_eq!(without, "theme=dark; ids=1,2");
        assert!(!without.is_sensitive());
        assert_eq!(merge_cookies(None, &[]), None);
    }

    #[test]
    fn a_call_sends_one_cookie_header() {
        let own = [HeaderValue::from_static("theme=dark")];
        let credential = HeaderValue::from_static("session=s1");
        let cookies = |headers: &HeaderMap| -> Vec<String> {
            headers
                .get_all(COOKIE)
                .iter()
                .map(|v| v.to_str().unwrap().to_owned())
                .collect()
        };
        // The request as `prepare` finds it: the cookie parameters, then a caller's cookie.
        let request = || {
            let mut headers = HeaderMap::new();
            headers.append(COOKIE, own[0].clone());
            headers.append(COOKIE, HeaderValue::from_static("mine=1"));
            headers
        };
        let mut with_session = request();
        settle_cookies(&mut with_session, &own, Some(&credential));
        assert_eq!(cookies(&with_session), ["session=s1; theme=dark"]);
        assert!(with_session.get(COOKIE).unwrap().is_sensitive());
        let mut without = request();
        settle_cookies(&mut without, &own, None);
        assert_eq!(cookies(&without), ["theme=dark; mine=1"]);
        let mut only_session = HeaderMap::new();
        settle_cookies(&mut only_session, &[], Some(&credential));
        assert_eq!(cookies(&only_session), ["session=s1"]);
        let mut nothing = HeaderMap::new();
        settle_cookies(&mut nothing, &[], None);
        assert!(nothing.is_empty());
    }

    #[test]
    fn enums_and_newtypes_serialize_as_their_wire_values() {
        #[derive(Serialize)]
        enum Sort {
            #[serde(rename = "created_at")]
            CreatedAt,
        }
        #[derive(Serialize)]
        struct Id(String);
        assert_eq!(
            query(&vec![Sort::CreatedAt], QueryStyle::Form, false),
            "color=created_at"
        );
        assert_eq!(
            query(&Id("x y".into()), QueryStyle::Form, true),
            "color=x%20y"
        );
        assert_eq!(query(&1.5f64, QueryStyle::Form, true), "color=1.5");
        assert_eq!(query(&true, QueryStyle::Form, true), "color=true");
    }
}
