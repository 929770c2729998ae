//! What the generator knows about each operation beyond what progenitor sees: the metadata table
//! the overlays read at run time.

// The operation table's enums are the runtime's own, compiled into the generator from the same
// file: one definition, and the generator does not build the runtime's HTTP stack.
#[path = "../../templates/src/operation.rs"]
#[allow(dead_code)] // the generator uses the enums, not the runtime's `Operation`
mod operation;

pub use operation::{HttpMethod, Role, Scope};

/// One operation of the spec, as the overlays and the rewrite stage need it.
#[derive(Clone, Debug)]
pub struct Operation {
    /// `operationId` as written in the spec.
    pub id: String,
    /// The Rust method name (progenitor's snake case of the id).
    pub method_name: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template as written in the spec.
    pub path: String,
    /// Rust module (snake case of the first tag) the operation is emitted into.
    pub module: String,
    pub summary: Option<String>,
    pub scope: Scope,
    pub role: Option<Role>,
    pub idempotent: bool,
    pub deprecated: bool,
    /// How the list pages, when it does (cursor or offset; see `paging.rs`).
    pub pagination: Option<crate::paging::Pagination>,
    /// The success body is handed to the caller as a byte stream, not read into memory (no 2xx
    /// response is JSON: Server-Sent Events, NDJSON, binary).
    pub streamed: bool,
    /// How a streamed success body is framed, when it is framed (else raw bytes).
    pub framing: Option<Framing>,
    /// What each item of a framed body is, when the spec says (`itemSchema`, see `items.rs`).
    pub items: Option<Items>,
    /// The `$ref` of the message schema, for WebSocket operations.
    pub websocket_message: Option<String>,
    /// Path parameters in template order, as written in the spec.
    pub path_params: Vec<String>,
    /// The request body is `required: true`: the entry method takes it as an argument.
    pub body_required: bool,
    /// The request body as it is sent, when the operation has one (`media::choose`).
    pub body: Option<RequestBody>,
    /// The success body is text (`media::is_text`): `send()` decodes it into a `String`.
    pub text_response: bool,
    /// Query, header and cookie parameters (path parameters too), for the setters' docs.
    pub params: Vec<Param>,
    /// JSON pointer of the operation in the bundled document.
    pub pointer: String,
}

/// The request body of an operation: how it is sent and with which `Content-Type`.
#[derive(Clone, Debug, PartialEq)]
pub struct RequestBody {
    /// The `Content-Type` the request carries (`media::content_type` of the spec's media type).
    pub content_type: String,
    pub kind: crate::media::BodyKind,
    /// For a multipart body: its fields (part names, `encoding` content types, files).
    pub fields: Vec<crate::media::FormField>,
}

/// The framing of a streamed response body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// `text/event-stream`: Server-Sent Events.
    EventStream,
    /// `application/x-ndjson`, `application/jsonl` …: one JSON value per line.
    JsonLines,
}

/// The items of a framed body, as the spec's item schema describes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Items {
    /// JSON lines: every line is this type (its Rust name).
    Lines(String),
    /// Server-Sent Events, by name.
    Events(Vec<EventType>),
}

/// One kind of Server-Sent Event a stream sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventType {
    /// The `event:` name (`message` for events sent without one).
    pub name: String,
    pub description: Option<String>,
    /// The Rust type its `data` is JSON of; `None` when the data is text.
    pub payload: Option<String>,
}

/// One parameter of an operation, as its builder setter documents it and the wire carries it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Param {
    /// The name as written in the spec.
    pub name: String,
    /// `query`, `header`, `path` or `cookie`.
    pub location: String,
    pub description: Option<String>,
    pub required: bool,
    /// The `style`, its default for the location when the spec gives none.
    pub style: Style,
    /// `explode`, its default for the style when the spec gives none (`true` for `form`).
    pub explode: bool,
    /// `allowReserved` (query parameters).
    pub allow_reserved: bool,
    /// The Rust type (a component's) of a parameter whose schema typify makes a struct: progenitor
    /// cannot take a struct-typed parameter, so it is shown a JSON value in its place and
    /// `rewrite/params.rs` puts this type back (`params.rs`).
    pub rust_type: Option<String>,
}

/// How a parameter is serialized (OpenAPI `style`); `rewrite/params.rs` maps each to the
/// runtime's `params` functions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Style {
    /// `form`: the default of query and cookie parameters.
    #[default]
    Form,
    /// `simple`: the default style of path parameters and the only one of headers.
    Simple,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    /// `label` (path parameters): `.blue`, `.blue.black` exploded.
    Label,
    /// `matrix` (path parameters): `;color=blue`, `;color=blue;color=black` exploded.
    Matrix,
    /// A style OpenAPI does not define (refused by validation).
    Other,
    /// No style: the parameter is described by `content` (one media type, JSON), and its value
    /// goes as one JSON text.
    Json,
}

impl Style {
    /// The style a parameter at `location` has: its own `style`, else the location's default.
    pub fn of(location: &str, style: Option<&str>) -> Self {
        match style {
            Some("form") => Self::Form,
            Some("simple") => Self::Simple,
            Some("spaceDelimited") => Self::SpaceDelimited,
            Some("pipeDelimited") => Self::PipeDelimited,
            Some("deepObject") => Self::DeepObject,
            Some("label") => Self::Label,
            Some("matrix") => Self::Matrix,
            Some(_) => Self::Other,
            None if matches!(location, "query" | "cookie") => Self::Form,
            None => Self::Simple,
        }
    }
}

impl Operation {
    pub fn const_name(&self) -> String {
        crate::names::const_name(&self.method_name)
    }
}
