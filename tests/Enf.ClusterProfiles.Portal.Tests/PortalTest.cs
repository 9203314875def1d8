using Microsoft.Playwright;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>What every browser test does: start a portal, open pages in fresh contexts, sign in.</summary>
[Collection(BrowserCollection.Name)]
public abstract class PortalTest(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    protected PortalServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await StartServerAsync();

    /// <summary>The portal under test: by default with its in-process registry and demo accounts.</summary>
    protected virtual Task<PortalServer> StartServerAsync() => PortalServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        await Server.DisposeAsync();
        await DisposeMoreAsync();
    }

    /// <summary>Stops what a test class started besides the portal (after the portal).</summary>
    protected virtual Task DisposeMoreAsync() => Task.CompletedTask;

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
        // Generous: the machine the tests run on may be shared and slow; a passing step never waits this long.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
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

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails when it never does.</summary>
    protected static async Task TabToAsync(IPage page, string selector, int limit = 250)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}.");
    }

    /// <summary>The repository root (where the solution is), for the screenshots the docs show.</summary>
    protected static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Enf.ClusterProfiles.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
