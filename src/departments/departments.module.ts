import { Module } from '@nestjs/common';
import { PilotDepartmentSeeder } from './pilot-department-seeder.js';

@Module({ providers: [PilotDepartmentSeeder] })
export class DepartmentsModule {}
