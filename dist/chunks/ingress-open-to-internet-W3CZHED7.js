import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  blockAddress,
  blockInstances,
  boolOf,
  itemsOf,
  numberOf,
  stringOf
} from "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-4XWRCDWT.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// src/checks/terraform-ingress.ts
var ADMIN_PORTS = { 22: "SSH port 22", 3389: "RDP port 3389" };
var NOTHING = { all: false, ports: [] };
function openRangesOf(resource) {
  const type = resource.labels[0]?.value;
  const address = blockAddress(resource);
  const get = (name) => resource.body.attribute(name)?.value;
  switch (type) {
    case "aws_security_group":
      return blockInstances(resource.body, "ingress").flatMap((rule) => awsRule(rule.get, `${address}/${rule.key}`));
    case "aws_security_group_rule":
      return stringOf(get("type")) === "ingress" ? awsRule(get, address) : [];
    case "aws_vpc_security_group_ingress_rule":
      return awsIngressRule(get, address);
    case "google_compute_firewall":
      return googleFirewall(resource, address);
    case "azurerm_network_security_rule":
      return azureRule(get, address);
    case "azurerm_network_security_group":
      return blockInstances(resource.body, "security_rule").flatMap((rule) => azureRule(rule.get, `${address}/${rule.key}`));
    default:
      return [];
  }
}
function awsRule(get, key) {
  const cidrs = [...worldCidrs(get("cidr_blocks"), IS_WORLD_CIDR), ...worldCidrs(get("ipv6_cidr_blocks"), IS_WORLD_CIDR)];
  if (cidrs.length === 0) return [];
  return opened(cidrs, portRangeExposure(stringOf(get("protocol")), numberOf(get("from_port")), numberOf(get("to_port"))), key);
}
function awsIngressRule(get, key) {
  const cidrs = [...worldCidrs(get("cidr_ipv4"), IS_WORLD_CIDR), ...worldCidrs(get("cidr_ipv6"), IS_WORLD_CIDR)];
  if (cidrs.length === 0) return [];
  return opened(cidrs, portRangeExposure(stringOf(get("ip_protocol")), numberOf(get("from_port")), numberOf(get("to_port"))), key);
}
function googleFirewall(resource, key) {
  const get = (name) => resource.body.attribute(name)?.value;
  const direction = stringOf(get("direction"));
  if (direction === "unknown" || direction !== void 0 && direction.toUpperCase() !== "INGRESS") return [];
  const disabled = boolOf(get("disabled"));
  if (disabled === true || disabled === "unknown") return [];
  const cidrs = worldCidrs(get("source_ranges"), IS_WORLD_CIDR);
  if (cidrs.length === 0) return [];
  const exposures = blockInstances(resource.body, "allow").map((allow) => googleAllowExposure(allow));
  return opened(cidrs, combine(exposures), key);
}
function googleAllowExposure(allow) {
  const protocol = stringOf(allow.get("protocol"));
  if (protocol === "unknown" || protocol === void 0) return "unknown";
  const lower = protocol.toLowerCase();
  if (lower === "all") return { all: true };
  if (!isPortProtocol(lower)) return NOTHING;
  const ports = allow.get("ports");
  if (!ports) return { all: true };
  if (ports.kind !== "list") return "unknown";
  return combine(ports.items.map((item) => portSpecExposure(stringOf(item), lower)));
}
function azureRule(get, key) {
  const direction = stringOf(get("direction"));
  const access = stringOf(get("access"));
  if (direction?.toLowerCase() !== "inbound" || access?.toLowerCase() !== "allow") return [];
  const cidrs = [...worldCidrs(get("source_address_prefix"), IS_AZURE_ANYWHERE), ...worldCidrs(get("source_address_prefixes"), IS_AZURE_ANYWHERE)];
  if (cidrs.length === 0) return [];
  const protocol = stringOf(get("protocol"));
  if (protocol === void 0 || protocol === "unknown") return [];
  const lower = protocol.toLowerCase();
  const tcpOrAny = lower === "*" ? "tcp" : lower;
  if (!isPortProtocol(tcpOrAny)) return [];
  const specs = [get("destination_port_range"), ...itemsOf(get("destination_port_ranges"))].filter((v) => v !== void 0);
  if (specs.length === 0) return [];
  return opened(cidrs, combine(specs.map((spec) => portSpecExposure(stringOf(spec), tcpOrAny))), key);
}
function opened(cidrs, exposure, key) {
  if (exposure === "unknown" || !exposure.all && exposure.ports.length === 0) return [];
  return cidrs.map((cidr) => ({ cidr, exposure, key: `${key}:${cidr.value}` }));
}
var IS_WORLD_CIDR = (value) => value === "0.0.0.0/0" || value === "::/0";
var IS_AZURE_ANYWHERE = (value) => IS_WORLD_CIDR(value) || ["*", "internet", "any"].includes(value.toLowerCase());
function worldCidrs(value, isWorld) {
  return itemsOf(value).filter((item) => item.kind === "string" && isWorld(item.value.trim()));
}
function isPortProtocol(protocol) {
  return protocol === "tcp" || protocol === "udp" || protocol === "6" || protocol === "17";
}
function isTcp(protocol) {
  return protocol === "tcp" || protocol === "6";
}
function portRangeExposure(protocol, from, to) {
  if (protocol === void 0 || protocol === "unknown") return "unknown";
  const lower = protocol.toLowerCase();
  if (lower === "-1" || lower === "all") return { all: true };
  if (!isPortProtocol(lower)) return NOTHING;
  if (typeof from !== "number" || typeof to !== "number") return "unknown";
  return rangeExposure(from, to, lower);
}
function portSpecExposure(spec, protocol) {
  if (spec === void 0 || spec === "unknown") return "unknown";
  const text = spec.trim();
  if (text === "*") return { all: true };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  if (!match) return "unknown";
  const from = Number(match[1]);
  return rangeExposure(from, match[2] === void 0 ? from : Number(match[2]), protocol);
}
function rangeExposure(from, to, protocol) {
  if (from <= 1 && to >= 65535) return { all: true };
  if (!isTcp(protocol)) return NOTHING;
  const ports = Object.keys(ADMIN_PORTS).map(Number).filter((port) => from <= port && port <= to);
  return { all: false, ports };
}
function combine(exposures) {
  if (exposures.some((e) => e !== "unknown" && e.all)) return { all: true };
  const ports = /* @__PURE__ */ new Set();
  for (const exposure of exposures) if (exposure !== "unknown" && !exposure.all) exposure.ports.forEach((p) => ports.add(p));
  if (ports.size > 0) return { all: false, ports: [...ports].sort((a, b) => a - b) };
  return exposures.some((e) => e === "unknown") ? "unknown" : NOTHING;
}

// rules/terraform/ingress-open-to-internet.ts
var ingress_open_to_internet_default = defineRule({
  meta: {
    id: "terraform/ingress-open-to-internet",
    artifact: "terraform",
    policy: "network-exposure",
    level: "error",
    securitySeverity: 8,
    security: true,
    precision: "high",
    docs: {
      summary: "Firewall and security group rules must not open SSH, RDP or all ports to the whole internet",
      rationale: 'A source of 0.0.0.0/0 or ::/0 (Azure: `*`, `Internet`) lets every host on the internet reach the port. SSH and RDP are scanned and brute-forced within minutes of exposure, and "all ports" exposes every service on the instance, including ones never meant to be public.',
      remediation: "Restrict the source to known ranges (office or VPN CIDRs, a bastion security group), or reach instances without open ports (AWS SSM Session Manager, Google IAP TCP forwarding, Azure Bastion). Covered: `aws_security_group` inline `ingress` (literal and `dynamic` blocks whose values are statically known), `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`, `google_compute_firewall`, `azurerm_network_security_rule` and inline `security_rule` blocks of `azurerm_network_security_group`. Values that come from variables are not judged.",
      references: [
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
        "https://cloud.google.com/firewall/docs/firewalls",
        "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
      ]
    },
    messages: {
      adminPorts: "ingress from {{cidr}} opens {{ports}} to the whole internet; restrict the source to known ranges or use a bastion / session manager",
      allPorts: "ingress from {{cidr}} opens all ports to the whole internet; restrict the source and the port range"
    }
  },
  check(view, ctx) {
    const found = [];
    for (const resource of view.blocks) {
      if (resource.type !== "resource") continue;
      found.push(...openRangesOf(resource));
    }
    for (const open of found) {
      const data = { cidr: open.cidr.value, ports: open.exposure.all ? "all ports" : open.exposure.ports.map((p) => ADMIN_PORTS[p]).join(" and ") };
      ctx.report({ messageId: open.exposure.all ? "allPorts" : "adminPorts", data, at: open.cidr, key: open.key });
    }
  }
});
export {
  ingress_open_to_internet_default as default
};
