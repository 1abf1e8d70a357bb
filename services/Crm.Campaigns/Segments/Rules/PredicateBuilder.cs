using System.Linq.Expressions;

namespace Crm.Campaigns.Segments.Rules;

/// <summary>Combines predicate lambdas over one parameter, so that EF Core translates the whole tree to one WHERE clause.</summary>
public static class PredicateBuilder
{
    public static Expression<Func<T, bool>> And<T>(IEnumerable<Expression<Func<T, bool>>> parts) => Combine(parts, Expression.AndAlso);

    public static Expression<Func<T, bool>> Or<T>(IEnumerable<Expression<Func<T, bool>>> parts) => Combine(parts, Expression.OrElse);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    /// <summary>Applies <paramref name="test"/> of a value to <paramref name="field"/> of the row: one predicate over the row.</summary>
    public static Expression<Func<T, bool>> On<T, TValue>(Expression<Func<T, TValue>> field, Expression<Func<TValue, bool>> test) =>
        Expression.Lambda<Func<T, bool>>(new Rebind(test.Parameters[0], field.Body).Visit(test.Body), field.Parameters);

    private static Expression<Func<T, bool>> Combine<T>(IEnumerable<Expression<Func<T, bool>>> parts, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = Expression.Parameter(typeof(T), "m");
        var body = parts.Select(p => new Rebind(p.Parameters[0], parameter).Visit(p.Body)).Aggregate((a, b) => join(a, b));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
