/** The notification bell: REST ({@code /notifications}) and the page listing one's notices. */
package org.sanling.web.notification;
