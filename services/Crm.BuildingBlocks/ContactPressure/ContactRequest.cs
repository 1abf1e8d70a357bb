namespace Crm.BuildingBlocks.ContactPressure;

/// <summary>One contact to reserve a slot for: the customer and the contact's own id (the same id for a retry).</summary>
public readonly record struct ContactRequest(Guid CustomerId, string ContactId);
