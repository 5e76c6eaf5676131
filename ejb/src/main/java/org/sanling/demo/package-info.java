/**
 * Demo data for trying the portal and for tests, loaded only with {@code SANLING_DEMO=true}: the
 * district of the seed article (新乡市红旗区, 410702) at its real scale, and one account per role with
 * the password {@value org.sanling.demo.DemoData#PASSWORD}, staff for every street and community, and a
 * few thousand submissions made of real citizen messages. Never enable it in production.
 */
package org.sanling.demo;
