# The two commands of the README, and a few more. Each sets up what it needs first.
.PHONY: serve test build extract help

serve: ## set up what is missing, then serve the widget on http://127.0.0.1:8080 (live reload)
	@scripts/serve

test: ## set up what is missing, then run every check CI runs
	@scripts/test

build: ## release build of the widget into dist/
	@scripts/setup serve && . scripts/wasm-env.sh && trunk build --release --offline

extract: ## print the engine's JSON for corpus/
	@cargo run -q -p presslens-cli -- extract corpus/

help:
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'
