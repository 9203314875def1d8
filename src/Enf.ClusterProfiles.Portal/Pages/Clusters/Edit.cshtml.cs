using System.Globalization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Portal.Forms;
using Enf.ClusterProfiles.Portal.Registry;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Enf.ClusterProfiles.Portal.Text.Ui;

namespace Enf.ClusterProfiles.Portal.Pages.Clusters;

/// <summary>
/// Register a cluster (<c>/clusters/new</c>) or edit one (<c>/clusters/{id}/edit</c>): the form generated from
/// the catalogue, the assessment beside it, save with <c>If-Match</c>, submit for review.
/// </summary>
public sealed partial class EditModel(IPortalRegistry registry, ProfileAssessor assessor, TimeProvider clock) : PortalPageModel(registry, assessor, clock)
{
    public IReadOnlyList<FormField> Fields { get; } = ProfileFormFields.Of(assessor.Catalog);

    public FieldCatalog Catalog => Assessor.Catalog;

    [FromRoute]
    public string? Id { get; set; }

    public bool IsNew => Id is null;

    public string? ETag { get; private set; }

    public ProfileStatus Status { get; private set; } = ProfileStatus.Draft;

    public string? ReviewerComment { get; private set; }

    public Dictionary<string, IReadOnlyList<string>> Values { get; private set; } = [];

    public ProfileAssessment Assessment { get; private set; } = null!;

    /// <summary>Findings by the catalogue field they belong to; those outside every field under "".</summary>
    public ILookup<string, ProfileIssue> IssuesByField { get; private set; } = Array.Empty<ProfileIssue>().ToLookup(i => i.Path);

    /// <summary>A sentence about what just happened (saved, refused, …), shown at the top.</summary>
    public string? Notice { get; private set; }

    public bool NoticeIsError { get; private set; }

    /// <summary>On a conflict: what is stored now, field by field, beside what was typed.</summary>
    public Dictionary<string, string>? Theirs { get; private set; }

    public Dictionary<string, string>? Mine { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            var json = NewProfileJson();
            Show(json);
            Values = ProfileFormJson.Values(Fields, json);
            return Page();
        }

        var denied = await Denied(cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var stored = (await Registry.GetAsync(Id!, cancellationToken))!;
        Load(stored);
        Notice = Request.Query["done"].ToString() switch
        {
            "saved" => T("Saved.", "Tallennettu.", "Sparat."),
            "created" => T("Registered. Fill in more fields, or submit it for review.", "Rekisteröity. Täydennä kenttiä tai lähetä tarkastettavaksi.", "Registrerat. Fyll i fler fält eller skicka det för granskning."),
            _ => null,
        };
        return Page();
    }

    /// <summary>Checks what was typed without saving (the live check does the same as one types).</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        var stored = IsNew ? null : await Registry.GetAsync(Id!, cancellationToken);
        if (!IsNew && stored is null)
        {
            return NotFound();
        }

        ShowPosted(stored);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => Save(submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => Save(submit: true, cancellationToken);

    private async Task<IActionResult> Save(bool submit, CancellationToken cancellationToken)
    {
        RegistryProfile? stored = null;
        if (!IsNew)
        {
            var denied = await Denied(cancellationToken);
            if (denied is not null)
            {
                return denied;
            }

            stored = await Registry.GetAsync(Id!, cancellationToken);
        }

        var json = ShowPosted(stored);
        var id = IsNew ? Request.Form["id"].ToString().Trim() : Id!;
        if (IsNew && !ProfileIds.IsValid(id))
        {
            return Refuse(T("Give the cluster an identifier first (see the field Identifier).", "Anna klusterille ensin tunniste (katso kenttä Tunniste).", "Ge klustret först en identifierare (se fältet Identifierare)."));
        }

        var etag = IsNew ? null : Request.Form["etag"].ToString();
        var result = await Registry.PutAsync(id, json, string.IsNullOrEmpty(etag) ? null : etag, cancellationToken);
        switch (result.Outcome)
        {
            case RegistryOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case RegistryOutcome.NotFound:
                return NotFound();
            case RegistryOutcome.Conflict when IsNew:
                return Refuse(T($"The identifier '{id}' is taken. Choose another one.", $"Tunniste '{id}' on jo käytössä. Valitse toinen.", $"Identifieraren '{id}' är upptagen. Välj en annan."));
            case RegistryOutcome.Conflict:
                // Nothing is lost: what was typed stays in the form, what is stored now is shown beside it,
                // and the form now carries the stored ETag, so saving again overwrites knowingly.
                Theirs = ProfileFormJson.Flatten(Fields, result.Current!.Json);
                Mine = ProfileFormJson.Flatten(Fields, json);
                ETag = result.Current.ETag;
                Status = result.Current.Status;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Notify(T(
                    "Someone else saved this profile while you were editing. Your changes are still in the form; the saved version is shown beside them. Save again to keep yours, or reload the page to take theirs.",
                    "Joku muu tallensi profiilin muokatessasi. Muutoksesi ovat yhä lomakkeella, ja tallennettu versio näkyy niiden rinnalla. Tallenna uudelleen pitääksesi omasi tai lataa sivu uudelleen ottaaksesi toisen version.",
                    "Någon annan sparade profilen medan du redigerade. Dina ändringar finns kvar i formuläret och den sparade versionen visas bredvid. Spara igen för att behålla dina, eller ladda om sidan för att ta den andra."), error: true);
            case RegistryOutcome.Done:
                break;
            case RegistryOutcome.Refused when !Assessment.Valid:
                // registry-api-v1: a profile with errors is not stored, not even as a draft. What was typed stays in the form.
                return Refuse(T(
                    "Not saved: the registry keeps no profile with errors. Fix the errors marked beside the fields and save again; what you typed is still here.",
                    "Ei tallennettu: rekisteri ei ota vastaan profiilia, jossa on virheitä. Korjaa kenttien viereen merkityt virheet ja tallenna uudelleen; kirjoittamasi on yhä lomakkeella.",
                    "Inte sparat: registret tar inte emot en profil med fel. Rätta felen som markerats vid fälten och spara igen; det du skrev finns kvar."));
            default:
                return Refuse(T("The registry refused the profile.", "Rekisteri ei hyväksynyt profiilia.", "Registret tog inte emot profilen.") + (result.Problem is { } problem ? " " + problem : string.Empty));
        }

        ETag = result.ETag;
        if (!submit)
        {
            return Redirect($"/clusters/{Uri.EscapeDataString(id)}/edit?done={(IsNew ? "created" : "saved")}");
        }

        var submitted = await Registry.SubmitAsync(id, cancellationToken);
        return submitted.Outcome switch
        {
            RegistryOutcome.Done => Redirect($"/clusters?submitted={Uri.EscapeDataString(id)}"),
            RegistryOutcome.Refused => RefuseAfterSave(id, T(
                "Saved, but not submitted: fix the errors marked beside the fields first.",
                "Tallennettu, mutta ei lähetetty: korjaa ensin kenttien viereen merkityt virheet.",
                "Sparat men inte skickat: rätta först felen som markerats vid fälten.")),
            RegistryOutcome.WrongStatus => RefuseAfterSave(id, T(
                "Saved. It is already waiting for review or published, so there is nothing to submit.",
                "Tallennettu. Profiili odottaa jo tarkastusta tai on julkaistu, joten lähetettävää ei ole.",
                "Sparat. Profilen väntar redan på granskning eller är publicerad, så det finns inget att skicka.")),
            RegistryOutcome.Forbidden => StatusCode(StatusCodes.Status403Forbidden),
            _ => NotFound(),
        };
    }

    private IActionResult RefuseAfterSave(string id, string message)
    {
        Id = id;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Notify(message, error: true);
    }

    private IActionResult Refuse(string message)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Notify(message, error: true);
    }

    private PageResult Notify(string message, bool error)
    {
        Notice = message;
        NoticeIsError = error;
        return Page();
    }

    /// <summary>403 for a cluster the account may see but not edit, 404 for one it may not see at all.</summary>
    private async Task<IActionResult?> Denied(CancellationToken cancellationToken)
    {
        var account = await Registry.AuthenticateAsync(cancellationToken);
        var stored = await Registry.GetAsync(Id!, cancellationToken);
        if (account is null || stored is null)
        {
            return NotFound();
        }

        return account.Owns(Id!) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    private void Load(RegistryProfile stored)
    {
        ETag = stored.ETag;
        Status = stored.Status;
        ReviewerComment = stored.Status == ProfileStatus.Returned ? stored.LastComment : null;
        Show(stored.Json);
        Values = ProfileFormJson.Values(Fields, stored.Json);
    }

    /// <summary>Shows what was posted, assessed; returns its JSON.</summary>
    private string ShowPosted(RegistryProfile? stored)
    {
        if (stored is not null)
        {
            Status = stored.Status;
            ReviewerComment = stored.Status == ProfileStatus.Returned ? stored.LastComment : null;
        }

        ETag = Request.Form["etag"].ToString();
        var root = ProfileFormJson.ToJson(Fields, Request.Form, Today, stored?.Json);
        if (!IsNew)
        {
            root["id"] = Id; // the id is the address; the form cannot move a profile
        }

        var json = ProfileFormJson.Pretty(root);
        Show(json);
        Values = ProfileFormJson.Values(Fields, Request.Form);
        if (!IsNew)
        {
            Values["id"] = [Id!];
        }

        return json;
    }

    private void Show(string json)
    {
        Assessment = Assess(json);
        IssuesByField = Assessment.Issues
            .Where(i => i.Severity != IssueSeverity.Info)
            .ToLookup(i => Catalog.FieldOf(i.Path)?.Path is { } path && Fields.Any(f => f.Path == path) ? path : string.Empty);
    }

    private string NewProfileJson() =>
        $$"""{ "schemaVersion": "1.0", "profileType": "clusterOrganisation", "country": "FI", "lastUpdated": "{{Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}" }""";

    public IReadOnlyList<string> ValuesOf(string name) => Values.GetValueOrDefault(name) ?? [];

    public string ValueOf(string name) => string.Join('\n', ValuesOf(name));

    /// <summary>Whether the field must be filled for this profile (an M-EU field by the profile's country).</summary>
    public bool Mandatory(FieldDefinition field) => field.IsMandatoryFor(Assessment.EuOrCosme);
}
