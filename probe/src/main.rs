//! `agentruntime-probe`: see [`agentruntime_probe::cli`]. Usually run as `cargo xtask probe`.

fn main() {
    std::process::exit(agentruntime_probe::cli::main(std::env::args_os()));
}
