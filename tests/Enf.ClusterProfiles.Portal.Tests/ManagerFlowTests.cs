using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

public sealed class ManagerFlowTests(BrowserFixture browser) : PortalTest(browser)
{
    private const string Id = "lapin-vetytalous";
    private const string Name = "Lapin vetytalousklusteri";

    [Fact]
    public async Task A_manager_registers_in_Finnish_and_the_cluster_goes_through_return_and_publication_into_the_overview()
    {
        var manager = await SignedInPageAsync("manager-north");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Rekisteröi uusi klusteri" }).ClickAsync();
        await Expect(manager.Locator("h1")).ToHaveTextAsync("Rekisteröi klusteri");
        var meter = manager.Locator("#pro-text");
        await Expect(meter).ToHaveTextAsync("0 / 21 valinnaisesta kentästä: PRO-tasoon puuttuu 11");

        // The mandatory fields: the live check clears their errors beside them as they are filled.
        await manager.GetByLabel("Tunniste").FillAsync(Id);
        await manager.GetByLabel("Nimi", new() { Exact = false }).First.FillAsync(Name);
        await manager.GetByLabel("Kaupunki").FillAsync("Rovaniemi");
        await manager.GetByLabel("Verkkosivusto").FillAsync("https://vety.example/en");
        await manager.GetByLabel("Kuvaus").FillAsync("Lapin vetytalousklusteri kokoaa yritykset, yliopistot ja kunnat kehittämään vihreää vetyä ja sen vientiä.");
        await manager.GetByLabel("Yhteyssähköposti").FillAsync("info@vety.example");
        await manager.Locator("#f-industrialEcosystems-energyRenewables").CheckAsync();
        await manager.GetByLabel("Hallinnon henkilöstö (htv)").FillAsync("2,5");
        await manager.GetByLabel("Pk-yritykset").FillAsync("18");
        await Expect(manager.Locator("#error-count")).ToHaveTextAsync("Ei virheitä.");
        await Expect(manager.Locator("#live-status")).ToContainTextAsync("Ei virheitä.");

        // The live sentence is for screen readers (the panel shows the same), so it is not shown twice; a "fill
        // next" link says its purpose to a screen reader and shows only the field's name.
        await Expect(manager.Locator("#live-status")).ToHaveClassAsync("visually-hidden");
        var next = manager.Locator("#fill-next a").First;
        await Expect(next).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("^Täytä seuraavaksi: \\S"));
        await Expect(next.Locator("span.visually-hidden")).ToHaveTextAsync("Täytä seuraavaksi: ");

        // A wrong value shows beside its field, tied to its input, and goes away when corrected.
        await manager.GetByLabel("Yhteyspuhelin").FillAsync("040 123 4567");
        await Expect(manager.Locator("#err-f-contact-phone")).ToContainTextAsync("kansainvälisessä muodossa");
        await Expect(manager.Locator("#f-contact-phone")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(manager.Locator("#f-contact-phone")).ToHaveAttributeAsync("aria-describedby", "help-f-contact-phone rule-f-contact-phone err-f-contact-phone");
        await manager.GetByLabel("Yhteyspuhelin").FillAsync("+358 40 123 4567");
        await Expect(manager.Locator("#f-contact-phone")).ToHaveAttributeAsync("aria-invalid", "false");
        await Expect(meter).ToHaveTextAsync("1 / 21 valinnaisesta kentästä: PRO-tasoon puuttuu 10");

        // Optional fields until the meter says PRO.
        await manager.GetByLabel("Lyhenne").FillAsync("LVK");
        await manager.GetByLabel("Alue (NUTS)").FillAsync("FI1D7");
        await manager.GetByLabel("Postiosoite").FillAsync("Jäämerentie 1, 96200 Rovaniemi");
        await manager.GetByLabel("Perustamisvuosi").FillAsync("2021");
        await manager.GetByLabel("Yhteyshenkilö").FillAsync("Aino Vetonen");
        await manager.GetByLabel("Jäsenten työntekijät").FillAsync("900");
        await manager.Locator("#f-emergingIndustries-environmentalIndustries").CheckAsync();
        await manager.Locator("#f-fundingSources-public").CheckAsync();
        await manager.GetByLabel("Teknologia-alat", new() { Exact = false }).FillAsync("Elektrolyysi\nVedyn varastointi");
        await Expect(meter).ToHaveTextAsync("10 / 21 valinnaisesta kentästä: PRO-tasoon puuttuu 1");
        await manager.GetByLabel("Kielet", new() { Exact = false }).FillAsync("fi\nen\nsv");
        await Expect(meter).ToHaveTextAsync("11 / 21 valinnaisesta kentästä: PRO");
        await Expect(manager.Locator("#pro-meter")).ToHaveAttributeAsync("value", "11");

        await manager.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await Expect(manager).ToHaveURLAsync($"{Server.Address}/clusters/{Id}/edit?done=created");
        await Expect(manager.Locator("#notice")).ToContainTextAsync("Rekisteröity");
        await Expect(manager.GetByLabel("Kaupunki")).ToHaveValueAsync("Rovaniemi");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Tallenna ja lähetä tarkastettavaksi" }).ClickAsync();
        await Expect(manager).ToHaveURLAsync($"{Server.Address}/clusters?submitted={Id}");
        var row = manager.Locator("table.list tbody tr", new() { HasText = Name });
        await Expect(row).ToContainTextAsync("Odottaa tarkastusta");
        await Expect(row.Locator(".badge.pro")).ToHaveTextAsync("PRO");

        // The reviewer returns it: a return without a comment is refused beside the comment field.
        var reviewer = await SignedInPageAsync("council-reviewer");
        await Expect(reviewer).ToHaveURLAsync($"{Server.Address}/review");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = Name }).ClickAsync();
        await Expect(reviewer.Locator("main")).ToContainTextAsync("Ei koskaan julkaistu");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Palauta kommentin kanssa" }).ClickAsync();
        await Expect(reviewer.Locator("#comment")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(reviewer.Locator("#comment-error")).ToContainTextAsync("palautus vaatii kommentin");
        await reviewer.GetByLabel("Kommentti hallinnoijalle", new() { Exact = false }).FillAsync("Lisää myös sosiaalisen median osoitteet.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Palauta kommentin kanssa" }).ClickAsync();
        await Expect(reviewer).ToHaveURLAsync($"{Server.Address}/review?decided={Id}");
        await Expect(reviewer.Locator("main")).ToContainTextAsync("Mikään ei odota tarkastusta.");

        // The manager sees the comment, fixes and resubmits.
        await manager.GotoAsync("/clusters");
        await Expect(row).ToContainTextAsync("Palautettu korjattavaksi");
        await Expect(row).ToContainTextAsync("Lisää myös sosiaalisen median osoitteet.");
        await row.GetByRole(AriaRole.Link, new() { Name = Name }).ClickAsync();
        await Expect(manager.Locator(".panel.returned")).ToContainTextAsync("Lisää myös sosiaalisen median osoitteet.");
        await manager.GetByLabel("Sosiaalinen media", new() { Exact = false }).FillAsync("https://social.example/vety");
        await Expect(meter).ToHaveTextAsync("12 / 21 valinnaisesta kentästä: PRO");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Tallenna ja lähetä tarkastettavaksi" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Odottaa tarkastusta");

        // The reviewer sees the change and publishes; the cluster shows in the council overview.
        await reviewer.GotoAsync($"/review/{Id}");
        await Expect(reviewer.Locator("table.diff")).ToContainTextAsync("https://social.example/vety");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }).ClickAsync();
        await Expect(reviewer).ToHaveURLAsync($"{Server.Address}/review?decided={Id}");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Maakunnan yleiskuva" }).ClickAsync();
        await Expect(reviewer.Locator("#published")).ToContainTextAsync(Name);
        await manager.GotoAsync("/clusters");
        await Expect(row).ToContainTextAsync("Julkaistu");
    }

    [Fact]
    public async Task The_same_profile_saved_in_two_browsers_shows_both_versions_and_loses_neither()
    {
        var first = await SignedInPageAsync("manager-north");
        var second = await SignedInPageAsync("manager-north");
        await first.GotoAsync("/clusters/arctic-water/edit");
        await second.GotoAsync("/clusters/arctic-water/edit");

        await first.GetByLabel("Kaupunki").FillAsync("Oulu (Linnanmaa)");
        await first.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await Expect(first.Locator("#notice")).ToHaveTextAsync("Tallennettu.");

        await second.GetByLabel("Lyhenne").FillAsync("AWC-2");
        await second.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await Expect(second.Locator("#notice")).ToContainTextAsync("Joku muu tallensi profiilin");
        var conflict = second.Locator(".panel.conflict table");
        await Expect(conflict.Locator("tr", new() { HasText = "Kaupunki" }).Locator("td.theirs")).ToHaveTextAsync("Oulu (Linnanmaa)");
        await Expect(conflict.Locator("tr", new() { HasText = "Lyhenne" }).Locator("td.mine")).ToHaveTextAsync("AWC-2");
        await Expect(second.GetByLabel("Lyhenne")).ToHaveValueAsync("AWC-2"); // what was typed is still in the form

        // Saving again overwrites knowingly; the other save stays in the history.
        await second.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await Expect(second.Locator("#notice")).ToHaveTextAsync("Tallennettu.");
        await Expect(second.GetByLabel("Lyhenne")).ToHaveValueAsync("AWC-2");
        var versions = await Server.RegistryAs("manager-north").VersionsAsync("arctic-water", default);
        Assert.Equal(5, versions.Count); // created, submitted, published, then the two saves
        Assert.All(versions.TakeLast(2), v => Assert.Equal("manager-north", v.By));
        Assert.NotEqual(versions[^1].ETag, versions[^2].ETag);
        var theirs = await Server.RegistryAs("council-reviewer").GetAsync("arctic-water", default);
        Assert.Contains("AWC-2", theirs!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_cluster_name_is_shown_as_text_and_never_runs()
    {
        const string markup = "<script>alert('x')</script><b id=\"injected\">Bold</b>";
        var page = await SignedInPageAsync("manager-east", "en");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync("/clusters/new");
        await page.GetByLabel("Identifier").FillAsync("markup-test");
        await page.GetByLabel("Name", new() { Exact = false }).First.FillAsync(markup);
        await FillMandatoryAsync(page); // the registry keeps no profile with errors
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Edit: " + markup);
        await page.GotoAsync("/clusters");
        await Expect(page.Locator("table.list")).ToContainTextAsync(markup);
        await Expect(page.Locator("#injected")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task A_manager_cannot_open_another_clusters_edit_page_or_the_reviewers_pages()
    {
        var page = await SignedInPageAsync("manager-east", "en");

        var published = await page.GotoAsync("/clusters/arctic-water/edit"); // another manager's, published
        Assert.Equal(403, published!.Status);
        await Expect(page.Locator("#profile-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("h1")).ToHaveTextAsync("No access");

        var north = await SignedInPageAsync("manager-north", "en");
        var draft = await north.GotoAsync("/clusters/mikkeli-circular-economy/edit"); // another manager's draft: as if it did not exist
        Assert.Equal(404, draft!.Status);
        await Expect(north.Locator("#profile-form")).ToHaveCountAsync(0);

        var review = await page.GotoAsync("/review/arctic-water");
        Assert.Equal(403, review!.Status);
        var overview = await page.GotoAsync("/overview");
        Assert.Equal(403, overview!.Status);

        // Nor can it save over it by posting the form by hand.
        var response = await page.APIRequest.PostAsync("/clusters/arctic-water/edit?handler=save", new() { Form = page.APIRequest.CreateFormData().Set("city", "Kuopio") });
        Assert.True(response.Status is 400 or 403, $"status {response.Status}");
        var stored = await Server.RegistryAs("council-reviewer").GetAsync("arctic-water", default);
        Assert.DoesNotContain("Kuopio", stored!.Json, StringComparison.Ordinal);
    }

    /// <summary>The mandatory fields other than the identifier and the name, filled validly.</summary>
    internal static async Task FillMandatoryAsync(IPage page)
    {
        await page.Locator("#f-city").FillAsync("Kuopio");
        await page.Locator("#f-website").FillAsync("https://markup.example/en");
        await page.Locator("#f-description").FillAsync("A cluster whose name holds markup, to show that the portal prints it as text and never runs it.");
        await page.Locator("#f-contact-email").FillAsync("info@markup.example");
        await page.Locator("#f-industrialEcosystems-digital").CheckAsync();
        await page.Locator("#f-managementFte").FillAsync("1");
        await page.Locator("#f-members-smes").FillAsync("12");
    }
}
