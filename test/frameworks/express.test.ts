// The README's Express recipe (app.all before express.json()), run by Node on a real Express 5 app.
import { nodeRecipe, testRecipe } from './support.js';

testRecipe('express', (app) => nodeRecipe(app, 'express'));
