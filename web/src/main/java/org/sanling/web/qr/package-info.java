/** QR codes the portal draws for its pages: the two-factor enrolment and the shifts' check-in. */
package org.sanling.web.qr;
