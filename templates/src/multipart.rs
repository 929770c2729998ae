//! `multipart/form-data` request bodies. A generated form struct holds its file fields as
//! [`FilePart`]s and turns itself into a [`Form`], which the generated builder attaches to the
//! request with [`attach`]: scalars become text parts, arrays repeated parts, objects JSON parts
//! (the OpenAPI default), each with the content type the spec's `encoding` gives it.
//!
//! A form whose parts are all in memory is sent as one buffered body, so a failed attempt can be
//! retried like any other request; a form with a streamed part is sent once (the stream cannot
//! be replayed), as a streamed octet body is.

use std::fmt;
use std::path::Path;
use std::sync::{Arc, Mutex};

use bytes::{Bytes, BytesMut};
use futures::{FutureExt, StreamExt};
use reqwest::multipart::Part;

/// The content type of a file part whose spec and caller name none.
const OCTET_STREAM: &str = "application/octet-stream";

/// A file field of a `multipart/form-data` body: bytes in memory or a stream, with an optional
/// file name and content type.
///
/// ```
/// use agentruntime_runtime::FilePart;
///
/// let report = FilePart::bytes("id,total\n1,20\n")
///     .file_name("report.csv")
///     .content_type("text/csv");
/// assert_eq!(report.get_file_name(), Some("report.csv"));
/// ```
///
/// Servers tell file parts from text fields by their file name, so a part without one is sent
/// with its field's name as the file name. Its content type is, in order: the one set here, the
/// one the spec's `encoding` names for the field, `application/octet-stream`.
///
/// A streamed part can be sent once: clones share the stream, and sending the form again fails
/// with [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest).
#[derive(Clone)]
pub struct FilePart {
    data: Data,
    file_name: Option<String>,
    content_type: Option<String>,
}

#[derive(Clone)]
enum Data {
    Bytes(Bytes),
    /// Taken by the first send.
    Once(Arc<Mutex<Option<Once>>>),
}

enum Once {
    Stream(reqwest::Body, Option<u64>),
    /// A file opened by [`FilePart::from_path`] (its content type guessed by reqwest).
    File(Box<Part>),
}

impl FilePart {
    /// A part holding `bytes` (a `Vec<u8>`, `&'static [u8]`, `String`, [`Bytes`] …).
    pub fn bytes(bytes: impl Into<Bytes>) -> Self {
        Self::of(Data::Bytes(bytes.into()))
    }

    /// A part read from `stream` as the request is sent; such a form is not retried.
    pub fn stream<S>(stream: S) -> Self
    where
        S: futures::TryStream + Send + 'static,
        S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
        Bytes: From<S::Ok>,
    {
        Self::once(Once::Stream(reqwest::Body::wrap_stream(stream), None))
    }

    /// [`stream`](Self::stream) of a known length in bytes, so the request can state its
    /// `Content-Length`.
    pub fn stream_with_length<S>(stream: S, length: u64) -> Self
    where
        S: futures::TryStream + Send + 'static,
        S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
        Bytes: From<S::Ok>,
    {
        Self::once(Once::Stream(
            reqwest::Body::wrap_stream(stream),
            Some(length),
        ))
    }

    /// The file at `path`, streamed as the request is sent, named after the file, its content
    /// type guessed from the extension.
    pub async fn from_path(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let part = Part::file(path.as_ref()).await?;
        Ok(Self::once(Once::File(Box::new(part))))
    }

    /// Sets the file name the part is sent with.
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }

    /// Sets the part's content type (`image/png`).
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The file name set with [`file_name`](Self::file_name).
    pub fn get_file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The content type set with [`content_type`](Self::content_type).
    pub fn get_content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// Whether the part is read from a stream (and so sent once).
    pub fn is_streamed(&self) -> bool {
        matches!(self.data, Data::Once(_))
    }

    fn of(data: Data) -> Self {
        Self {
            data,
            file_name: None,
            content_type: None,
        }
    }

    fn once(once: Once) -> Self {
        Self::of(Data::Once(Arc::new(Mutex::new(Some(once)))))
    }

    /// The reqwest part for field `name`; `spec_type` is the content type the spec names.
    fn into_part(self, name: &str, spec_type: Option<&str>) -> Result<Part, String> {
        let explicit = self.content_type.as_deref().or(spec_type);
        let (part, guessed) = match self.data {
            Data::Bytes(bytes) => {
                let length = bytes.len() as u64;
                (
                    Part::stream_with_length(reqwest::Body::from(bytes), length),
                    false,
                )
            }
            Data::Once(shared) => {
                let taken = shared.lock().map(|mut once| once.take()).unwrap_or(None);
                match taken {
                    Some(Once::Stream(body, Some(length))) => {
                        (Part::stream_with_length(body, length), false)
                    }
                    Some(Once::Stream(body, None)) => (Part::stream(body), false),
                    Some(Once::File(part)) => (*part, true),
                    None => {
                        return Err(format!(
                            "the stream of file part `{name}` was already sent; a streamed part \
                             is sent once"
                        ));
                    }
                }
            }
        };
        let part = match (explicit, guessed) {
            (Some(content_type), _) => part
                .mime_str(content_type)
                .map_err(|e| format!("file part `{name}`: content type {content_type:?}: {e}"))?,
            // A file keeps the content type guessed from its extension.
            (None, true) => part,
            (None, false) => part
                .mime_str(OCTET_STREAM)
                .map_err(|e| format!("file part `{name}`: {e}"))?,
        };
        Ok(match self.file_name {
            Some(file_name) => part.file_name(file_name),
            // A file opened from a path already carries its own name.
            None if guessed => part,
            None => part.file_name(name.to_owned()),
        })
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("FilePart");
        match &self.data {
            Data::Bytes(bytes) => debug.field("bytes", &bytes.len()),
            Data::Once(_) => debug.field("stream", &true),
        };
        debug
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl From<Bytes> for FilePart {
    fn from(bytes: Bytes) -> Self {
        Self::bytes(bytes)
    }
}

impl From<Vec<u8>> for FilePart {
    fn from(bytes: Vec<u8>) -> Self {
        Self::bytes(bytes)
    }
}

impl From<&'static [u8]> for FilePart {
    fn from(bytes: &'static [u8]) -> Self {
        Self::bytes(bytes)
    }
}

/// A `multipart/form-data` body as a generated form struct builds it; [`attach`] sends it.
/// Only part names show in `Debug`: values (secrets among them) never do.
#[derive(Default)]
pub struct Form {
    parts: Vec<(String, Part)>,
    streamed: bool,
    /// The first part that could not be made; the request is refused with it.
    error: Option<String>,
}

impl Form {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// Field `name` from its value: nothing for `null` (an unset optional field), a text part for
    /// a string, number or boolean, one part per item for an array, a JSON part for an object.
    /// A JSON `content_type` (the spec's `encoding`) sends the whole value as one JSON part.
    pub fn value<T: serde::Serialize + ?Sized>(
        mut self,
        name: &str,
        value: &T,
        content_type: Option<&str>,
    ) -> Self {
        match serde_json::to_value(value) {
            Ok(value) => self.add_value(name, value, content_type, true),
            Err(error) => self.fail(format!("form field `{name}`: {error}")),
        }
        self
    }

    /// File field `name`; `content_type` is the one the spec's `encoding` names, if any.
    pub fn file(self, name: &str, part: FilePart, content_type: Option<&str>) -> Self {
        self.files(name, [part], content_type)
    }

    /// File field `name` once per part: none for an unset optional file, one for each file of
    /// an array.
    pub fn files(
        mut self,
        name: &str,
        parts: impl IntoIterator<Item = FilePart>,
        content_type: Option<&str>,
    ) -> Self {
        for part in parts {
            self.streamed |= part.is_streamed();
            match part.into_part(name, content_type) {
                Ok(part) => self.parts.push((name.to_owned(), part)),
                Err(error) => self.fail(error),
            }
        }
        self
    }

    fn add_value(
        &mut self,
        name: &str,
        value: serde_json::Value,
        content_type: Option<&str>,
        top: bool,
    ) {
        use serde_json::Value;
        let json_type = content_type.filter(|t| is_json(t));
        let text = match value {
            Value::Null => return,
            Value::Array(items) if top && json_type.is_none() => {
                for item in items {
                    self.add_value(name, item, content_type, false);
                }
                return;
            }
            Value::String(text) if json_type.is_none() => text,
            Value::Number(_) | Value::Bool(_) if json_type.is_none() => value.to_string(),
            value => {
                let part = Part::text(value.to_string());
                return self.push(name, part, Some(json_type.unwrap_or("application/json")));
            }
        };
        self.push(name, Part::text(text), content_type);
    }

    fn push(&mut self, name: &str, part: Part, content_type: Option<&str>) {
        let part = match content_type {
            Some(content_type) => match part.mime_str(content_type) {
                Ok(part) => part,
                Err(error) => {
                    return self.fail(format!(
                        "form field `{name}`: content type {content_type:?}: {error}"
                    ));
                }
            },
            None => part,
        };
        self.parts.push((name.to_owned(), part));
    }

    fn fail(&mut self, error: String) {
        self.error.get_or_insert(error);
    }

    /// The names of the parts, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(|(name, _)| name.as_str())
    }
}

impl fmt::Debug for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Form")
            .field("parts", &self.names().collect::<Vec<_>>())
            .field("streamed", &self.streamed)
            .finish()
    }
}

/// `application/json` and `+json` types.
fn is_json(content_type: &str) -> bool {
    let base = content_type.split(';').next().unwrap_or("").trim();
    base.eq_ignore_ascii_case("application/json") || base.to_ascii_lowercase().ends_with("+json")
}

/// Sets `form` as the body of `request` (`Content-Type: multipart/form-data; boundary=…`, the
/// boundary reqwest's). A form of in-memory parts is buffered, so the request can be cloned
/// for a retry; a form with a streamed part is streamed and sent once.
#[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
pub fn attach<E>(
    request: reqwest::RequestBuilder,
    form: Form,
) -> Result<reqwest::RequestBuilder, progenitor_client::Error<E>> {
    if let Some(error) = form.error {
        return Err(progenitor_client::Error::InvalidRequest(error));
    }
    let mut multipart = reqwest::multipart::Form::new();
    for (name, part) in form.parts {
        multipart = multipart.part(name, part);
    }
    if form.streamed {
        return Ok(request.multipart(multipart));
    }
    let content_type = format!("multipart/form-data; boundary={}", multipart.boundary());
    let body =
        buffer(multipart).map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))?;
    Ok(request
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(body))
}

/// The form's bytes in one reusable body. In-memory parts are ready at once; were one not, the
/// rest of the form is streamed after what was read.
fn buffer(form: reqwest::multipart::Form) -> Result<reqwest::Body, reqwest::Error> {
    let mut stream = Box::pin(form.into_stream());
    let mut read = BytesMut::new();
    loop {
        match stream.next().now_or_never() {
            Some(Some(chunk)) => read.extend_from_slice(&chunk?),
            Some(None) => return Ok(reqwest::Body::from(read.freeze())),
            None => {
                let head = futures::stream::once(async move { Ok(read.freeze()) });
                return Ok(reqwest::Body::wrap_stream(head.chain(stream)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test_client() -> reqwest::Client {
        crate::tls::install_provider();
        reqwest::Client::new()
    }

    /// The request `form` makes, and its body's bytes (buffered bodies only).
    fn request(form: Form) -> (reqwest::Request, Option<Vec<u8>>) {
        let builder = test_client().post("http://127.0.0.1:9/upload");
        let request = attach::<()>(builder, form).unwrap().build().unwrap();
        let bytes = request
            .body()
            .and_then(reqwest::Body::as_bytes)
            .map(<[u8]>::to_vec);
        (request, bytes)
    }

    #[test]
    fn values_become_text_repeated_and_json_parts() {
        #[derive(serde::Serialize)]
        struct Meta {
            size: u32,
        }
        let form = Form::new()
            .value("title", "Mars", None)
            .value("count", &3, None)
            .value("public", &true, None)
            .value("tags", &["a", "b"], None)
            .value("meta", &Meta { size: 2 }, None)
            .value("note", &Option::<String>::None, None)
            .value("xml", "<a/>", Some("application/xml"));
        assert_eq!(
            form.names().collect::<Vec<_>>(),
            ["title", "count", "public", "tags", "tags", "meta", "xml"]
        );
        let (request, body) = request(form);
        let body = String::from_utf8(body.expect("buffered")).unwrap();
        let content_type = request.headers()["content-type"].to_str().unwrap();
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap();
        assert!(body.starts_with(&format!("--{boundary}\r\n")), "{body}");
        assert!(body.contains("name=\"count\"\r\n\r\n3\r\n"), "{body}");
        assert!(body.contains("name=\"public\"\r\n\r\ntrue\r\n"), "{body}");
        assert_eq!(body.matches("name=\"tags\"").count(), 2, "{body}");
        assert!(
            body.contains(
                "name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"size\":2}\r\n"
            ),
            "{body}"
        );
        assert!(
            body.contains("name=\"xml\"\r\nContent-Type: application/xml\r\n\r\n<a/>\r\n"),
            "{body}"
        );
        assert!(!body.contains("note"), "{body}");
    }

    #[test]
    fn a_json_encoding_sends_an_array_as_one_part() {
        let form = Form::new().value("ids", &[1, 2], Some("application/json"));
        let (_, body) = request(form);
        let body = String::from_utf8(body.unwrap()).unwrap();
        assert!(
            body.contains("Content-Type: application/json\r\n\r\n[1,2]\r\n"),
            "{body}"
        );
    }

    #[test]
    fn file_parts_carry_a_name_and_a_content_type() {
        let form = Form::new()
            .file("plain", FilePart::bytes(&b"\x00\x01"[..]), None)
            .file(
                "named",
                FilePart::bytes("x")
                    .file_name("a.png")
                    .content_type("image/png"),
                Some("image/jpeg"),
            )
            .file("spec", FilePart::bytes("y"), Some("image/jpeg"))
            .files("none", None, None);
        let (request, body) = request(form);
        assert!(
            request.try_clone().is_some(),
            "in-memory forms can be retried"
        );
        let body = body.unwrap();
        let text = String::from_utf8_lossy(&body);
        assert!(
            text.contains(
                "name=\"plain\"; filename=\"plain\"\r\nContent-Type: application/octet-stream\r\n\r\n\u{0}\u{1}\r\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("name=\"named\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n"),
            "{text}"
        );
        assert!(
            text.contains("name=\"spec\"; filename=\"spec\"\r\nContent-Type: image/jpeg\r\n"),
            "{text}"
        );
        assert!(!text.contains("none"), "{text}");
    }

    #[test]
    fn a_streamed_part_is_sent_once_and_its_request_not_cloned() {
        let chunks = futures::stream::iter([Ok::<_, std::io::Error>(Bytes::from("abc"))]);
        let part = FilePart::stream(chunks).file_name("a.bin");
        let again = part.clone();
        assert!(part.is_streamed());
        let (request, body) = request(Form::new().file("f", part, None));
        assert!(body.is_none(), "streamed, not buffered");
        assert!(request.try_clone().is_none());
        let builder = test_client().post("http://127.0.0.1:9/upload");
        let error = attach::<()>(builder, Form::new().file("f", again, None)).unwrap_err();
        assert!(error.to_string().contains("already sent"), "{error}");
    }

    #[test]
    fn a_bad_content_type_refuses_the_request() {
        let form = Form::new().file("f", FilePart::bytes("x").content_type("not a type"), None);
        let builder = test_client().post("http://127.0.0.1:9/upload");
        let error = attach::<()>(builder, form).unwrap_err();
        assert!(error.to_string().contains("file part `f`"), "{error}");
    }

    #[test]
    fn debug_shows_names_only() {
        let form = Form::new().value("password", "hunter2", None);
        let debug = format!("{form:?}");
        assert!(
            debug.contains("password") && !debug.contains("hunter2"),
            "{debug}"
        );
        let part = FilePart::bytes("secret bytes").file_name("f.txt");
        assert!(!format!("{part:?}").contains("secret"));
    }

    #[tokio::test]
    async fn a_file_from_a_path_is_named_after_it() {
        let dir =
            std::env::temp_dir().join(format!("agentruntime-multipart-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("notes.txt");
        std::fs::write(&path, "hello").unwrap();
        let part = FilePart::from_path(&path).await.unwrap();
        assert!(part.is_streamed());
        let (mut request, _) = request(Form::new().file("doc", part, None));
        let body = request.body_mut().take().unwrap();
        let body = http_body_util::BodyExt::collect(body)
            .await
            .unwrap()
            .to_bytes();
        let body = String::from_utf8(body.to_vec()).unwrap();
        assert!(
            body.contains(
                "name=\"doc\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
            ),
            "{body}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
