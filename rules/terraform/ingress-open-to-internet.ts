import { defineRule } from '../../src/core/rule.js';
import { ADMIN_PORTS, openRangesOf, type OpenRange } from '../../src/checks/terraform-ingress.js';

/** Ingress open to 0.0.0.0/0 or ::/0 on SSH, RDP or every port, across AWS, Google Cloud and Azure. */
export default defineRule({
  meta: {
    id: 'terraform/ingress-open-to-internet',
    artifact: 'terraform',
    policy: 'network-exposure',
    level: 'error',
    securitySeverity: 8.0,
    security: true,
    precision: 'high',
    docs: {
      summary: 'Firewall and security group rules must not open SSH, RDP or all ports to the whole internet',
      rationale:
        'A source of 0.0.0.0/0 or ::/0 (Azure: `*`, `Internet`) lets every host on the internet reach the port. SSH and RDP are scanned and brute-forced within minutes of exposure, and "all ports" exposes every service on the instance, including ones never meant to be public.',
      remediation:
        'Restrict the source to known ranges (office or VPN CIDRs, a bastion security group), or reach instances without open ports (AWS SSM Session Manager, Google IAP TCP forwarding, Azure Bastion). Covered: `aws_security_group` inline `ingress` (literal and `dynamic` blocks whose values are statically known), `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`, `google_compute_firewall`, `azurerm_network_security_rule` and inline `security_rule` blocks of `azurerm_network_security_group`. Values that come from variables are not judged.',
      references: [
        'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
        'https://cloud.google.com/firewall/docs/firewalls',
        'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
      ],
    },
    messages: {
      adminPorts: 'ingress from {{cidr}} opens {{ports}} to the whole internet; restrict the source to known ranges or use a bastion / session manager',
      allPorts: 'ingress from {{cidr}} opens all ports to the whole internet; restrict the source and the port range',
    },
  },
  check(view, ctx) {
    const found: OpenRange[] = [];
    for (const resource of view.blocks) {
      if (resource.type !== 'resource') continue;
      found.push(...openRangesOf(resource));
    }
    for (const open of found) {
      const data = { cidr: open.cidr.value, ports: open.exposure.all ? 'all ports' : open.exposure.ports.map((p) => ADMIN_PORTS[p]).join(' and ') };
      ctx.report({ messageId: open.exposure.all ? 'allPorts' : 'adminPorts', data, at: open.cidr, key: open.key });
    }
  },
});
