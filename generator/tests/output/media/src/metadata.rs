// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/media/openapi.yaml (sha256 b3891f4b4204dd3d8c65100af7ae9aa3a01107f1a87d1964bdf8f90fd4abf5da), OpenAPI 3.1.0, API version 1.0.
// Regenerate: cargo xtask regen --spec fixtures/media/openapi.yaml --out DIR

//! What the spec says about each operation that the client needs at run time: the
//! context it sends, the role it needs, and whether it may be retried.
pub use agentruntime_runtime::{HttpMethod, Operation, Role, Scope};

/// `upload_photo`: `PUT /v1/albums/{album_id}/photos`.
pub const UPLOAD_PHOTO: Operation = Operation::new(
        "upload_photo",
        HttpMethod::Put,
        "/v1/albums/{album_id}/photos",
    )
    .tag("media")
    .summary("Upload a photo with its details")
    .idempotent(true);
/// `upload_raw`: `PUT /v1/albums/{album_id}/raw`.
pub const UPLOAD_RAW: Operation = Operation::new(
        "upload_raw",
        HttpMethod::Put,
        "/v1/albums/{album_id}/raw",
    )
    .tag("media")
    .summary("Upload an original file as it is")
    .idempotent(true);
/// `add_note`: `POST /v1/notes`.
pub const ADD_NOTE: Operation = Operation::new("add_note", HttpMethod::Post, "/v1/notes")
    .tag("media")
    .summary("Add a plain-text note");
/// `exchange_token`: `POST /v1/sessions`.
pub const EXCHANGE_TOKEN: Operation = Operation::new(
        "exchange_token",
        HttpMethod::Post,
        "/v1/sessions",
    )
    .tag("media")
    .summary("Exchange a signed JWT for a session token");
/// `submit_transaction`: `POST /v1/transactions`.
pub const SUBMIT_TRANSACTION: Operation = Operation::new(
        "submit_transaction",
        HttpMethod::Post,
        "/v1/transactions",
    )
    .tag("media")
    .summary("Submit a CBOR-encoded transaction");
/// `search_photos`: `POST /v1/search`.
pub const SEARCH_PHOTOS: Operation = Operation::new(
        "search_photos",
        HttpMethod::Post,
        "/v1/search",
    )
    .tag("media")
    .summary("Search photos with a form");
/// `patch_photo`: `PATCH /v1/photos/{photo_id}`.
pub const PATCH_PHOTO: Operation = Operation::new(
        "patch_photo",
        HttpMethod::Patch,
        "/v1/photos/{photo_id}",
    )
    .tag("media")
    .summary("Change a photo with a JSON:API document");
/// `download_photo`: `GET /v1/photos/{photo_id}/image`.
pub const DOWNLOAD_PHOTO: Operation = Operation::new(
        "download_photo",
        HttpMethod::Get,
        "/v1/photos/{photo_id}/image",
    )
    .tag("media")
    .summary("Download a photo's image")
    .idempotent(true)
    .streamed(true);
/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 8usize] = [
    ADD_NOTE,
    DOWNLOAD_PHOTO,
    EXCHANGE_TOKEN,
    PATCH_PHOTO,
    SEARCH_PHOTOS,
    SUBMIT_TRANSACTION,
    UPLOAD_PHOTO,
    UPLOAD_RAW,
];

/// The operation with this `id` (the Rust method name).
pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])
}
