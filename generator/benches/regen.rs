//! Time of one generation of the full spec (load, downgrade, validate, progenitor, rewrite,
//! print), without writing files. `cargo xtask regen` adds the write.
//!
//! Run: `cargo bench -p agentruntime-generator --bench regen`

use std::path::Path;

use agentruntime_generator::{Config, generate};
use criterion::{Criterion, criterion_group, criterion_main};

fn regen(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let config = Config {
        spec: root.join("spec/openapi.yaml"),
        spec_display: "spec/openapi.yaml".to_owned(),
        templates: root.join("templates"),
        runtime_path: root.join("templates").display().to_string(),
        command: "cargo xtask regen".to_owned(),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.1.0".to_owned(),
        standalone: false,
        strict: false,
    };
    let mut group = c.benchmark_group("regen");
    group.sample_size(20);
    group.bench_function("full_spec", |b| {
        b.iter(|| generate(&config).expect("spec generates"))
    });
    group.finish();
}

criterion_group!(benches, regen);
criterion_main!(benches);
