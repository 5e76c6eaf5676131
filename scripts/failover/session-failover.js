// A logged-in browser keeps its session and its half-filled Faces form across the loss of its node: logs in as
// supervisor-a through the balancer of scripts/cluster.sh, half-fills the submission form, kills the node its
// sticky cookie names with kill -9, waits for the balancer to notice, and submits. The other node must take the
// form (its view state replicated), still know the user, and file the submission. Exits 1 otherwise.
// Run with the cluster up: cd scripts/failover && npm install && npm run check   (Debian's chromium, no download)
const { chromium } = require('playwright-core');
const { execFileSync } = require('child_process');
const path = require('path');

const BALANCER = 'http://127.0.0.1:8000';
const cluster = path.join(__dirname, '..', 'cluster.sh');

function check(ok, what) {
    console.log((ok ? 'ok    ' : 'FAILED ') + what);
    if (!ok) process.exitCode = 1;
}

(async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(BALANCER + '/login.xhtml');
    await page.fill('#login\\:username', 'supervisor-a');
    await page.fill('#login\\:password', 'Sanling@2026');
    await page.click('#login\\:submit');
    await page.waitForSelector('h1#greeting');

    await page.goto(BALANCER + '/submissions/new.xhtml');
    const title = '节点故障转移 ' + Date.now();
    await page.locator('#form\\:type').getByText('隐患').click();
    await page.locator('#form\\:category_label').click();
    await page.locator('#form\\:category_items').getByText('消防安全', { exact: true }).click();
    await page.fill('#form\\:place', '梦萦小区3号楼');
    await page.fill('#form\\:title', title);
    await page.fill('#form\\:content', '楼道内堆放纸箱，堵塞消防通道。');

    const sticky = (await context.cookies()).find(c => c.name === 'SANLING_NODE');
    const node = sticky.value.replace(/\D/g, '');
    execFileSync(cluster, ['kill', node], { stdio: 'inherit' });
    await page.waitForTimeout(4000); // the balancer's health checks take a dead node out within seconds

    await page.click('#form\\:submit');
    await page.waitForLoadState();
    const now = (await context.cookies()).find(c => c.name === 'SANLING_NODE').value;
    check(now !== sticky.value, `the form went to the other node (${sticky.value} → ${now})`);
    check(/\/submissions\/detail\.xhtml\?id=\d+/.test(page.url()), 'the submission was filed: ' + page.url());
    check((await page.locator('h1').first().textContent()).trim() === title, 'its title is the one typed before the kill');
    check((await page.locator('.topbar .user').textContent()).trim() === 'supervisor-a', 'still logged in as supervisor-a');
    await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
