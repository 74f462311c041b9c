/**
 * Which Terraform firewall / security group rules open a source range to the whole internet,
 * and on which ports: AWS security groups and rules, Google Cloud firewalls, Azure NSG rules.
 * Values that are not statically known are "cannot tell", never an open range.
 */
import {
  blockAddress,
  blockInstances,
  boolOf,
  itemsOf,
  numberOf,
  stringOf,
  type BlockInstance,
  type HclBlock,
  type HclString,
  type HclValue,
} from '../parsers/terraform/index.js';

/** Ports that must never face the whole internet: remote shells. */
export const ADMIN_PORTS: Record<number, string> = { 22: 'SSH port 22', 3389: 'RDP port 3389' };

/** What a rule exposes: every port, some admin ports, nothing of interest, or cannot tell. */
type Exposure = { all: true } | { all: false; ports: number[] } | 'unknown';

const NOTHING: Exposure = { all: false, ports: [] };

/** One finding to make: an open source range and what it opens. */
export interface OpenRange {
  cidr: HclString;
  exposure: { all: true } | { all: false; ports: number[] };
  key: string;
}

export function openRangesOf(resource: HclBlock): OpenRange[] {
  const type = resource.labels[0]?.value;
  const address = blockAddress(resource);
  const get = (name: string) => resource.body.attribute(name)?.value;
  switch (type) {
    case 'aws_security_group':
      return blockInstances(resource.body, 'ingress').flatMap((rule) => awsRule(rule.get, `${address}/${rule.key}`));
    case 'aws_security_group_rule':
      return stringOf(get('type')) === 'ingress' ? awsRule(get, address) : [];
    case 'aws_vpc_security_group_ingress_rule':
      return awsIngressRule(get, address);
    case 'google_compute_firewall':
      return googleFirewall(resource, address);
    case 'azurerm_network_security_rule':
      return azureRule(get, address);
    case 'azurerm_network_security_group':
      return blockInstances(resource.body, 'security_rule').flatMap((rule) => azureRule(rule.get, `${address}/${rule.key}`));
    default:
      return [];
  }
}

type Getter = (name: string) => HclValue | undefined;

/** `ingress { from_port, to_port, protocol, cidr_blocks, ipv6_cidr_blocks }` and `aws_security_group_rule`. */
function awsRule(get: Getter, key: string): OpenRange[] {
  const cidrs = [...worldCidrs(get('cidr_blocks'), IS_WORLD_CIDR), ...worldCidrs(get('ipv6_cidr_blocks'), IS_WORLD_CIDR)];
  if (cidrs.length === 0) return [];
  return opened(cidrs, portRangeExposure(stringOf(get('protocol')), numberOf(get('from_port')), numberOf(get('to_port'))), key);
}

/** `aws_vpc_security_group_ingress_rule`: one CIDR per rule, `ip_protocol = "-1"` for everything. */
function awsIngressRule(get: Getter, key: string): OpenRange[] {
  const cidrs = [...worldCidrs(get('cidr_ipv4'), IS_WORLD_CIDR), ...worldCidrs(get('cidr_ipv6'), IS_WORLD_CIDR)];
  if (cidrs.length === 0) return [];
  return opened(cidrs, portRangeExposure(stringOf(get('ip_protocol')), numberOf(get('from_port')), numberOf(get('to_port'))), key);
}

/** `google_compute_firewall`: `source_ranges` and the `allow` blocks (no `ports` = every port of the protocol). */
function googleFirewall(resource: HclBlock, key: string): OpenRange[] {
  const get = (name: string) => resource.body.attribute(name)?.value;
  const direction = stringOf(get('direction'));
  if (direction === 'unknown' || (direction !== undefined && direction.toUpperCase() !== 'INGRESS')) return [];
  const disabled = boolOf(get('disabled'));
  if (disabled === true || disabled === 'unknown') return [];
  const cidrs = worldCidrs(get('source_ranges'), IS_WORLD_CIDR);
  if (cidrs.length === 0) return [];
  const exposures = blockInstances(resource.body, 'allow').map((allow) => googleAllowExposure(allow));
  return opened(cidrs, combine(exposures), key);
}

function googleAllowExposure(allow: BlockInstance): Exposure {
  const protocol = stringOf(allow.get('protocol'));
  if (protocol === 'unknown' || protocol === undefined) return 'unknown';
  const lower = protocol.toLowerCase();
  if (lower === 'all') return { all: true };
  if (!isPortProtocol(lower)) return NOTHING;
  const ports = allow.get('ports');
  if (!ports) return { all: true };
  if (ports.kind !== 'list') return 'unknown';
  return combine(ports.items.map((item) => portSpecExposure(stringOf(item), lower)));
}

/** `azurerm_network_security_rule` and inline `security_rule`: Inbound, Allow, from anywhere. */
function azureRule(get: Getter, key: string): OpenRange[] {
  const direction = stringOf(get('direction'));
  const access = stringOf(get('access'));
  if (direction?.toLowerCase() !== 'inbound' || access?.toLowerCase() !== 'allow') return [];
  const cidrs = [...worldCidrs(get('source_address_prefix'), IS_AZURE_ANYWHERE), ...worldCidrs(get('source_address_prefixes'), IS_AZURE_ANYWHERE)];
  if (cidrs.length === 0) return [];
  const protocol = stringOf(get('protocol'));
  if (protocol === undefined || protocol === 'unknown') return [];
  const lower = protocol.toLowerCase();
  const tcpOrAny = lower === '*' ? 'tcp' : lower;
  if (!isPortProtocol(tcpOrAny)) return [];
  const specs = [get('destination_port_range'), ...itemsOf(get('destination_port_ranges'))].filter((v): v is HclValue => v !== undefined);
  if (specs.length === 0) return [];
  return opened(cidrs, combine(specs.map((spec) => portSpecExposure(stringOf(spec), tcpOrAny))), key);
}

function opened(cidrs: HclString[], exposure: Exposure, key: string): OpenRange[] {
  if (exposure === 'unknown' || (!exposure.all && exposure.ports.length === 0)) return [];
  return cidrs.map((cidr) => ({ cidr, exposure, key: `${key}:${cidr.value}` }));
}

const IS_WORLD_CIDR = (value: string) => value === '0.0.0.0/0' || value === '::/0';
const IS_AZURE_ANYWHERE = (value: string) => IS_WORLD_CIDR(value) || ['*', 'internet', 'any'].includes(value.toLowerCase());

/** The literal world-open strings in a CIDR attribute (a string or a list; unknown members are skipped). */
function worldCidrs(value: HclValue | undefined, isWorld: (value: string) => boolean): HclString[] {
  return itemsOf(value).filter((item): item is HclString => item.kind === 'string' && isWorld(item.value.trim()));
}

function isPortProtocol(protocol: string): boolean {
  return protocol === 'tcp' || protocol === 'udp' || protocol === '6' || protocol === '17';
}

function isTcp(protocol: string): boolean {
  return protocol === 'tcp' || protocol === '6';
}

/** AWS: protocol `-1` / `all` means every port whatever the range says; tcp/udp use from..to. */
function portRangeExposure(protocol: string | 'unknown' | undefined, from: number | 'unknown' | undefined, to: number | 'unknown' | undefined): Exposure {
  if (protocol === undefined || protocol === 'unknown') return 'unknown';
  const lower = protocol.toLowerCase();
  if (lower === '-1' || lower === 'all') return { all: true };
  if (!isPortProtocol(lower)) return NOTHING;
  if (typeof from !== 'number' || typeof to !== 'number') return 'unknown';
  return rangeExposure(from, to, lower);
}

/** A port spec string: `22`, `1000-2000`, `*` (Azure), for a tcp or udp rule. */
function portSpecExposure(spec: string | 'unknown' | undefined, protocol: string): Exposure {
  if (spec === undefined || spec === 'unknown') return 'unknown';
  const text = spec.trim();
  if (text === '*') return { all: true };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  if (!match) return 'unknown';
  const from = Number(match[1]);
  return rangeExposure(from, match[2] === undefined ? from : Number(match[2]), protocol);
}

function rangeExposure(from: number, to: number, protocol: string): Exposure {
  if (from <= 1 && to >= 65535) return { all: true };
  if (!isTcp(protocol)) return NOTHING; // SSH and RDP are TCP services
  const ports = Object.keys(ADMIN_PORTS).map(Number).filter((port) => from <= port && port <= to);
  return { all: false, ports };
}

/** Several allow entries together: every port if any opens all, unknown if any cannot be told and none opens all. */
function combine(exposures: Exposure[]): Exposure {
  if (exposures.some((e) => e !== 'unknown' && e.all)) return { all: true };
  const ports = new Set<number>();
  for (const exposure of exposures) if (exposure !== 'unknown' && !exposure.all) exposure.ports.forEach((p) => ports.add(p));
  if (ports.size > 0) return { all: false, ports: [...ports].sort((a, b) => a - b) };
  return exposures.some((e) => e === 'unknown') ? 'unknown' : NOTHING;
}
