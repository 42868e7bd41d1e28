/** Value types shared by several aggregates. */
package org.stepahead.domain.shared;
