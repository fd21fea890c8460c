# Sourced by scripts that build for wasm32. Chooses how to build WebAssembly on this machine:
#
#   rustup  — the rustup toolchain has the wasm32-unknown-unknown target (a normal laptop after
#             `rustup target add wasm32-unknown-unknown`);
#   debian  — it does not (machines without network access to rustup's servers): Debian's
#             rustc-web/cargo-web 1.96 with the std sources (rust-web-src), std built from source
#             with -Z build-std, linked by wasm-ld-19. See docs/toolchain.md.
#
# Only wasm builds see these settings; native `cargo test` keeps the rustup toolchain.

presslens_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ -z "${PRESSLENS_WASM:-}" ]; then
  if command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'; then
    PRESSLENS_WASM=rustup
  else
    PRESSLENS_WASM=debian
  fi
fi
export PRESSLENS_WASM

if [ "$PRESSLENS_WASM" = debian ]; then
  export PATH="/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19
  # Keep Debian's compiler's artefacts apart from rustup's, so neither invalidates the other.
  export CARGO_TARGET_DIR="$presslens_root/target/wasm-debian"
  # rustup's proxies would otherwise pick rustup's rustc for `cargo` subprocesses.
  export RUSTC=/usr/bin/rustc
  unset RUSTUP_TOOLCHAIN
fi

# Tools installed by scripts/setup: cargo-installed (trunk, wasm-bindgen) and npm (wasm-opt).
export PATH="$PATH:$HOME/.cargo/bin:$presslens_root/node_modules/.bin"
export TRUNK_OFFLINE=true
