using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Forms;
using Enf.ClusterProfiles.Portal.Registry;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Mvc;
using static Enf.ClusterProfiles.Portal.Text.Ui;

namespace Enf.ClusterProfiles.Portal.Pages.Review;

/// <summary>One review: the published version beside the submitted one, field by field; publish, or return with a comment.</summary>
public sealed class DecideModel(IPortalRegistry registry, ProfileAssessor assessor, TimeProvider clock) : PortalPageModel(registry, assessor, clock)
{
    public IReadOnlyList<FormField> Fields { get; } = ProfileFormFields.Of(assessor.Catalog);

    [FromRoute]
    public string Id { get; set; } = string.Empty;

    public RegistryProfile Submitted { get; private set; } = null!;

    public ProfileAssessment Assessment { get; private set; } = null!;

    public Dictionary<string, string> New { get; private set; } = [];

    /// <summary>The published version, field by field; <see langword="null"/> when it was never published.</summary>
    public Dictionary<string, string>? Old { get; private set; }

    public IReadOnlyList<RegistryVersion> History { get; private set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    public string? CommentError { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await Load(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) => Decide(publish: true, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) => Decide(publish: false, cancellationToken);

    private async Task<IActionResult> Decide(bool publish, CancellationToken cancellationToken)
    {
        var result = await Registry.ReviewAsync(Id, publish, Comment, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/review?decided={Uri.EscapeDataString(Id)}");
        }

        if (!await Load(cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = result.Outcome switch
        {
            RegistryOutcome.Forbidden => StatusCodes.Status403Forbidden,
            RegistryOutcome.WrongStatus => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        if (result.Outcome == RegistryOutcome.Refused && result.Problem == "comment")
        {
            CommentError = T("Say what the manager should change: a return needs a comment.", "Kerro, mitä hallinnoijan pitää muuttaa: palautus vaatii kommentin.", "Skriv vad den ansvariga ska ändra: en återsändning kräver en kommentar.");
        }
        else
        {
            Notice = result.Outcome == RegistryOutcome.WrongStatus
                ? T("This profile is no longer waiting for review; someone decided already.", "Profiili ei enää odota tarkastusta; joku on jo päättänyt siitä.", "Profilen väntar inte längre på granskning; någon har redan beslutat.")
                : T("The registry refused the decision.", "Rekisteri ei hyväksynyt päätöstä.", "Registret tog inte emot beslutet.");
        }

        return Page();
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        var submitted = await Registry.GetAsync(Id, cancellationToken);
        if (submitted is null)
        {
            return false;
        }

        Submitted = submitted;
        Assessment = Assess(submitted.Json);
        New = ProfileFormJson.Flatten(Fields, submitted.Json);
        var published = await Registry.GetPublishedAsync(Id, cancellationToken);
        Old = published is null ? null : ProfileFormJson.Flatten(Fields, published.Json);
        History = await Registry.VersionsAsync(Id, cancellationToken);
        return true;
    }
}
