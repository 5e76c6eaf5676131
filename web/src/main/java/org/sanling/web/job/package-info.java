/** The administrators' jobs: the jobs page and {@code /api/v1/jobs}. */
package org.sanling.web.job;
