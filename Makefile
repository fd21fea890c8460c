# The two commands of the README, and a few more. Each sets up what it needs first.
# bash: scripts/wasm-env.sh finds the project through BASH_SOURCE (under sh, `make build` used to
# build into /target/).
SHELL := /bin/bash
.PHONY: serve test build sizes extract eval bench help

serve: ## set up what is missing, then serve the widget on http://127.0.0.1:8080 (live reload)
	@scripts/serve

test: ## set up what is missing, then run every check CI runs
	@scripts/test

build: ## release build into dist/ (also dist/embed/, dist/example/, dist/presslens.html)
	@scripts/setup serve && . scripts/wasm-env.sh && trunk build --release --offline

sizes: build ## release build, then its sizes (raw, gzip, brotli) and what is linked into the WASM
	@node scripts/sizes.mjs

extract: ## print the engine's JSON for corpus/
	@cargo run -q -p presslens-cli -- extract corpus/

eval: ## the engine's pass rate on other projects' test cases (../shared/peer-cases), with what fails
	@cargo run -q --release -p presslens-cli -- eval $(wildcard ../shared/peer-cases/*.json)

bench: ## generate 1k/10k/100k-event corpora, measure engine, WASM, bundle and widget (Chromium) → BENCHMARKS.md
	@scripts/bench

help:
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'
