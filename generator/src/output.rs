//! Stage 9: put a generated crate on disk atomically, or compare it with what is there.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::Output;
use crate::error::{Error, Result};

/// How a folder on disk differs from a generated crate.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    /// The file exists but its contents differ.
    Stale(PathBuf),
    /// The generator produces the file; the folder lacks it.
    Missing(PathBuf),
    /// The folder has a file the generator does not produce.
    Extra(PathBuf),
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Stale(p) => write!(f, "stale:   {}", p.display()),
            Self::Missing(p) => write!(f, "missing: {}", p.display()),
            Self::Extra(p) => write!(f, "extra:   {}", p.display()),
        }
    }
}

/// Every difference between `dir` and `output`, sorted by path.
pub fn check(dir: &Path, output: &Output) -> Result<Vec<Difference>> {
    let on_disk: BTreeSet<PathBuf> = if dir.exists() {
        list_files(dir)?.into_iter().collect()
    } else {
        BTreeSet::new()
    };
    let mut out = Vec::new();
    for (path, contents) in &output.files {
        if !on_disk.contains(path) {
            out.push(Difference::Missing(path.clone()));
            continue;
        }
        let full = dir.join(path);
        let existing = fs::read(&full).map_err(|e| Error::io(&full, e))?;
        if existing != contents.as_bytes() {
            out.push(Difference::Stale(path.clone()));
        }
    }
    for path in on_disk {
        if !output.files.contains_key(&path) {
            out.push(Difference::Extra(path));
        }
    }
    out.sort_by(|a, b| path_of(a).cmp(path_of(b)));
    Ok(out)
}

fn path_of(d: &Difference) -> &Path {
    match d {
        Difference::Stale(p) | Difference::Missing(p) | Difference::Extra(p) => p,
    }
}

/// Replaces `dir` with exactly the generated files. The new tree is written next to `dir` first
/// and swapped in with renames, so a failure leaves the old folder as it was.
pub fn write(dir: &Path, output: &Output) -> Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "generated".to_owned());
    let staging = parent.join(format!(".{name}.new-{}", std::process::id()));
    let retired = parent.join(format!(".{name}.old-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);

    let result = (|| {
        for (path, contents) in &output.files {
            let full = staging.join(path);
            if let Some(folder) = full.parent() {
                fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
            }
            fs::write(&full, contents).map_err(|e| Error::io(&full, e))?;
        }
        if dir.exists() {
            fs::rename(dir, &retired).map_err(|e| Error::io(dir, e))?;
        }
        if let Err(e) = fs::rename(&staging, dir) {
            // Put the old tree back before reporting.
            let _ = fs::rename(&retired, dir);
            return Err(Error::io(dir, e));
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
        return result;
    }
    let _ = fs::remove_dir_all(&retired);
    Ok(())
}

/// Files under `dir`, relative to it, skipping hidden entries and `target/`.
fn list_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(current) = stack.pop() {
        for entry in fs::read_dir(&current).map_err(|e| Error::io(&current, e))? {
            let entry = entry.map_err(|e| Error::io(&current, e))?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || name == "target" {
                continue;
            }
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap_or(&path).to_owned());
            }
        }
    }
    out.sort();
    Ok(out)
}
