using Microsoft.Playwright;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>What every browser test does: start a portal, open pages in fresh contexts, sign in.</summary>
[Collection(BrowserCollection.Name)]
public abstract class PortalTest(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    protected PortalServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PortalServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        await Server.DisposeAsync();
    }

    /// <summary>A page in a new browser context (its own cookies), speaking <paramref name="language"/>.</summary>
    protected async Task<IPage> NewPageAsync(string language = "fi")
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address,
            Locale = language,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    protected static async Task SignInAsync(IPage page, string token)
    {
        await page.GotoAsync("/signin");
        await page.Locator("#token").FillAsync(token);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    protected async Task<IPage> SignedInPageAsync(string account, string language = "fi")
    {
        var page = await NewPageAsync(language);
        await SignInAsync(page, Server.Token(account));
        return page;
    }
}
