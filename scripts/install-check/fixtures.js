// What the install check feeds the fresh app: one small trip report and a
// component that declares its tools the way the READMEs tell users to.

const REPORT = `---
title: 'Observability day at an imaginary conference'
conference: kubecon-eu-2024
author: Install Check
date: 2024-03-25
---

A short report written for the install check of the plugin family.

## Tracing every request pays off only with sampling

Teams that traced every request with OpenTelemetry spent more on storage
than on the services they watched. Tail sampling kept the slow and failed
traces and dropped the rest, which is what we should copy.

Tools: opentelemetry

Talks:

- "Sampling Without Regrets" by Alex Example
`;

const COMPONENT = `---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout-service
  description: A service that uses OpenTelemetry, declared with a tag.
  tags: [opentelemetry]
spec:
  type: service
  lifecycle: production
  owner: guests
`;

module.exports = {
  REPORT,
  COMPONENT,
  COMPONENT_REF: 'component:default/checkout-service',
};
