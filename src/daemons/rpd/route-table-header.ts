/**
 * The lines every `show route` format opens a table with: the count line
 * `inet.0: 3 destinations, 3 routes (3 active, 0 holddown, 0 hidden)` and, when routes follow
 * in brief or terse form, the legend `+ = Active Route, - = Last Active, * = Both`.
 */
import type { RouteTableInformation } from './route-information.js';

export const ROUTE_LEGEND = '+ = Active Route, - = Last Active, * = Both';

export function tableHeader(table: RouteTableInformation): string {
  return (
    `${table['table-name']}: ${table['destination-count']} destinations, ${table['total-route-count']} routes ` +
    `(${table['active-route-count']} active, ${table['holddown-route-count']} holddown, ${table['hidden-route-count']} hidden)`
  );
}
