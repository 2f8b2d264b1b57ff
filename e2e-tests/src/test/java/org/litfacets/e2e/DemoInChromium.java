package org.litfacets.e2e;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The demo site and Chromium for one test class, registered as a static {@code @RegisterExtension}
 * field: started before the class's own {@code @BeforeAll} (the class is skipped when Chromium is
 * missing), closed after its last test.
 */
final class DemoInChromium implements BeforeAllCallback, AfterAllCallback {
  private DemoSite site;
  private Chromium chromium;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Chromium.assumeInstalled();
    site = DemoSite.start();
    chromium = Chromium.launch();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.close();
    }
    if (site != null) {
      site.close();
    }
  }

  DemoSite site() {
    return site;
  }

  Browser browser() {
    return chromium.browser();
  }
}
