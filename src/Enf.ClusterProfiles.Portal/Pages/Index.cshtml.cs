using Enf.ClusterProfiles.Portal.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enf.ClusterProfiles.Portal.Pages;

/// <summary>The start: managers to their clusters, reviewers to the queue, everyone else to sign-in.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated != true ? Redirect("/signin")
        : PortalPrincipal.Reviews(User) ? Redirect("/review")
        : Redirect("/clusters");
}
