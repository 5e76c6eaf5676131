/** Daily summaries (日报) and the 三零 board over REST: {@code /api/v1/summaries} and {@code /api/v1/sanling-board}. */
package org.sanling.web.summary;
