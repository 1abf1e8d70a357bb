namespace Crm.Web.SignIn;

/// <summary>The session's tokens are gone or could not be renewed: the person signs in again.</summary>
public sealed class SessionEndedException() : Exception("Your session has ended. Sign in again to continue.");
