//! Object printers: YAML (go-yaml v2 / sigs.k8s.io/yaml style), JSON (4-space indent, Go
//! escaping), JSONPath, the name printer.
