/**
 * The area tree (网格化): district 区 → street or town 街道/镇 → community or village 社区/村 → grid 网格.
 * <p>
 * Every node has a stable code (children extend their parent's code by three digits) and stores the
 * codes of itself and its ancestors as a path, so "is X inside
 * Y" is one prefix comparison. Leaders and handlers act inside the subtree of their home area;
 * {@link org.sanling.area.AreaService} enforces that.
 */
package org.sanling.area;
