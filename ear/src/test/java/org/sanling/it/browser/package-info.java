/**
 * End-to-end tests in the machine's Chromium (Playwright): the pages as people use them, against the
 * portal the suite deploys once ({@link org.sanling.it.browser.InChromium}).
 */
package org.sanling.it.browser;
