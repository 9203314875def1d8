using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>The whole flow with the keyboard only: Tab, Shift+Tab, Space and Enter, never the mouse.</summary>
public sealed class KeyboardTests(BrowserFixture browser) : PortalTest(browser)
{
    [Fact]
    public async Task The_whole_flow_works_with_the_keyboard_only_and_the_focus_is_always_visible()
    {
        var manager = await NewPageAsync("en");
        await manager.GotoAsync("/signin");
        await TabToAsync(manager, "#token");
        await AssertFocusVisible(manager);
        await manager.Keyboard.TypeAsync(Server.Token("manager-east"));
        await manager.Keyboard.PressAsync("Enter");
        await Expect(manager).ToHaveURLAsync($"{Server.Address}/clusters");

        await TabToAsync(manager, "a[href='/clusters/new']");
        await AssertFocusVisible(manager);
        await manager.Keyboard.PressAsync("Enter");
        await Expect(manager).ToHaveURLAsync($"{Server.Address}/clusters/new");
        await Expect(manager.Locator("h1")).ToHaveTextAsync("Register a cluster");

        async Task Type(string selector, string text)
        {
            await TabToAsync(manager, selector);
            await manager.Keyboard.TypeAsync(text);
        }

        await Type("#f-id", "savon-ruoka");
        await Type("#f-name", "Savon ruokaklusteri");
        await Type("#f-city", "Kuopio");
        await Type("#f-website", "https://ruoka.example/en");
        await Type("#f-description", "Savon ruokaklusteri brings food producers, processors and researchers of North Savo together.");
        await Type("#f-contact-email", "info@ruoka.example");
        await TabToAsync(manager, "#f-industrialEcosystems-agriFood");
        await manager.Keyboard.PressAsync("Space");
        await Type("#f-managementFte", "1");
        await Type("#f-members-smes", "25");
        await Expect(manager.Locator("#error-count")).ToHaveTextAsync("No errors.");

        // "Fill next" moves the focus into the suggested field.
        await TabToAsync(manager, "#fill-next a");
        var target = await manager.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-focus')");
        await manager.Keyboard.PressAsync("Enter");
        Assert.Equal(target, await manager.EvaluateAsync<string>("() => document.activeElement.id"));

        await TabToAsync(manager, "#submit");
        await AssertFocusVisible(manager);
        await manager.Keyboard.PressAsync("Enter");
        await Expect(manager).ToHaveURLAsync($"{Server.Address}/clusters?submitted=savon-ruoka");

        var reviewer = await NewPageAsync("en");
        await reviewer.GotoAsync("/signin");
        await TabToAsync(reviewer, "#token");
        await reviewer.Keyboard.TypeAsync(Server.Token("council-reviewer"));
        await reviewer.Keyboard.PressAsync("Enter");
        await Expect(reviewer).ToHaveURLAsync($"{Server.Address}/review");
        await TabToAsync(reviewer, "a[href='/review/savon-ruoka']");
        await reviewer.Keyboard.PressAsync("Enter");
        await Expect(reviewer).ToHaveURLAsync($"{Server.Address}/review/savon-ruoka");
        await TabToAsync(reviewer, "#publish");
        await AssertFocusVisible(reviewer);
        await reviewer.Keyboard.PressAsync("Enter");
        await Expect(reviewer).ToHaveURLAsync($"{Server.Address}/review?decided=savon-ruoka");
        await TabToAsync(reviewer, "a[href='/overview']");
        await reviewer.Keyboard.PressAsync("Enter");
        await Expect(reviewer.Locator("#published")).ToContainTextAsync("Savon ruokaklusteri");
    }

    private static async Task AssertFocusVisible(IPage page)
    {
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }
}
