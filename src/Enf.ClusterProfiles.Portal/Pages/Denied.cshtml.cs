using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enf.ClusterProfiles.Portal.Pages;

/// <summary>Where sign-in sends an account that lacks the role for a page; answered with 403.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
