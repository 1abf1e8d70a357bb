Console.WriteLine("app host");
