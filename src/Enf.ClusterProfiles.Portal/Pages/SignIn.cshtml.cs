using Enf.ClusterProfiles.Portal.Registry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Enf.ClusterProfiles.Portal.Text.Ui;

namespace Enf.ClusterProfiles.Portal.Pages;

/// <summary>Sign-in with a registry account token; the session is a protected cookie. An integrator replaces this page with their identity provider.</summary>
public sealed class SignInModel : PageModel
{
    private readonly PortalRegistries registries;

    public SignInModel(PortalRegistries registries) => this.registries = registries;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Read from the form, not bound as a handler argument: Razor Pages' trace log writes a handler's arguments.
        var token = Request.Form["token"].ToString().Trim();
        PortalAccount? account;
        try
        {
            account = string.IsNullOrEmpty(token) ? null : await registries.As(token).AuthenticateAsync(cancellationToken);
        }
        catch (Exception e) when (e is PortalRegistryException or HttpRequestException)
        {
            // The registry is down, overloaded or cannot say whose the token is: said, not a stack trace.
            Error = T("The registry cannot check tokens right now. Try again in a moment.", "Rekisteri ei pysty juuri nyt tarkistamaan tunnuksia. Yritä hetken kuluttua uudelleen.", "Registret kan inte kontrollera token just nu. Försök igen om en stund.");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        if (account is null)
        {
            Error = string.IsNullOrEmpty(token)
                ? T("Enter your account token.", "Anna käyttäjätunnuksesi.", "Ange din kontotoken.")
                : T("This token is not valid. Check it, or ask the council for a new one.", "Tunnus ei kelpaa. Tarkista se tai pyydä maakuntaliitolta uusi.", "Denna token är inte giltig. Kontrollera den eller be landskapsförbundet om en ny.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await HttpContext.SignInAsync(PortalPrincipal.Create(account, token));
        var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : account.Reviews ? "/review" : "/clusters";
        return LocalRedirect(target);
    }
}
