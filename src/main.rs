use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    one_malloc_arena();
    let cli = newslint::cli::Cli::parse();
    if !cli.is_language_server() {
        stop_quietly_when_the_reader_goes();
    }
    newslint::cli::run(cli)
}

/// `newslint check … | head` closes the pipe early. Rust ignores SIGPIPE, so the next write
/// failed and `println!` panicked with a message; a command-line tool should stop quietly, as
/// `grep` does. The server keeps it ignored: a closed output is a write error it handles.
#[cfg(unix)]
fn stop_quietly_when_the_reader_goes() {
    const SIGPIPE: std::ffi::c_int = 13;
    const SIG_DFL: usize = 0;
    extern "C" {
        fn signal(signum: std::ffi::c_int, handler: usize) -> usize;
    }
    // SAFETY: restores the default action of one signal; called before any thread starts.
    unsafe {
        signal(SIGPIPE, SIG_DFL);
    }
}

#[cfg(not(unix))]
fn stop_quietly_when_the_reader_goes() {}

/// glibc gives each thread that allocates its own heap (up to 8 per core), and memory freed in
/// one is not reused by another: the server's runtime, analysis and writer threads each kept
/// their own copy of a large document's peak, which doubled the resident memory on a 1 MB
/// document (156 → 80 MB in lspbench) and cost page faults on every keystroke. One heap for
/// all threads is enough: analysis runs on one thread at a time, or on two for the block stage of
/// a large cold analysis (on one heap its CPU time and peak RSS measured the same as one thread's).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn one_malloc_arena() {
    const M_ARENA_MAX: std::ffi::c_int = -8;
    extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    // SAFETY: `mallopt` only sets an allocator parameter; called before any thread starts.
    unsafe {
        mallopt(M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn one_malloc_arena() {}
